'use strict';
// Node's error codes, from one place. Each code is a class per base error type
// (codes.ERR_X, codes.ERR_X.HideStackFramesError is not needed here) with Node's message.

const kIsNodeError = Symbol('kIsNodeError');
const messages = new Map();
const codes = {};

let inspectModule;
function lazyInspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

function makeNodeErrorClass(Base, key) {
  return class NodeError extends Base {
    constructor(...args) {
      const limit = Error.stackTraceLimit;
      // Message functions may attach properties (ERR_INVALID_URL sets `input`) through `this`.
      const extra = {};
      super(formatMessage(key, args, extra));
      Object.assign(this, extra);
      Object.defineProperty(this, 'code', { __proto__: null, value: key, enumerable: true, writable: true, configurable: true });
      // The stack header names the code, as Node's does: "TypeError [ERR_X]: message".
      prepareStackHeader(this, key, limit);
    }

    toString() { return `${this.name} [${key}]: ${this.message}`; }

    get [kIsNodeError]() { return true; }
  };
}

function prepareStackHeader(error, key, limit) {
  const { name } = error;
  Object.defineProperty(error, 'name', { __proto__: null, value: `${name} [${key}]`, configurable: true, writable: true });
  void error.stack;
  delete error.name;
}

function formatMessage(key, args, target) {
  const message = messages.get(key);
  if (typeof message === 'function') return Reflect.apply(message, target, args);
  let index = 0;
  return message.replace(/%[sdjio%]/g, (spec) => {
    if (spec === '%%') return '%';
    const value = args[index++];
    if (spec === '%d') return typeof value === 'bigint' ? `${value}n` : String(Number(value));
    if (spec === '%i') return String(parseInt(value));
    if (spec === '%j') return JSON.stringify(value);
    if (spec === '%o') return lazyInspect(value, { showHidden: true, depth: 4 });
    return typeof value === 'string' ? value : lazyInspect(value, { depth: 0, colors: false, compact: 3 });
  });
}

// Registers a code; its class (and the variants for other bases) is made on first use, so
// start-up does not pay for the hundred codes a program never throws.
function E(key, message, Base, ...otherBases) {
  messages.set(key, message);
  Object.defineProperty(codes, key, {
    __proto__: null,
    get() {
      const Class = makeNodeErrorClass(Base, key);
      for (const Other of otherBases) Class[Other.name] = makeNodeErrorClass(Other, key);
      Object.defineProperty(codes, key, { __proto__: null, value: Class, writable: true, enumerable: true, configurable: true });
      return Class;
    },
    enumerable: true,
    configurable: true,
  });
}

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function addNumericalSeparator(value) {
  let result = '';
  let i = value.length;
  const start = value[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${value.slice(i - 3, i)}${result}`;
  return `${value.slice(0, i)}${result}`;
}

function determineSpecificType(value) {
  if (value === null) return 'Received null';
  if (value === undefined) return 'Received undefined';
  if (typeof value === 'function') return `Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor?.name) return `Received an instance of ${value.constructor.name}`;
    return `Received ${lazyInspect(value, { depth: -1 })}`;
  }
  let inspected = lazyInspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `Received type ${typeof value} (${inspected})`;
}

function listWithOr(items, prefixMany) {
  if (items.length > 2) {
    const last = items[items.length - 1];
    return `${prefixMany}${items.slice(0, -1).join(', ')}, or ${last}`;
  }
  if (items.length === 2) return `${prefixMany}${items[0]} or ${items[1]}`;
  return null;
}

E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [], instances = [], other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) { types.splice(pos, 1); instances.push('Object'); }
  }
  if (types.length > 0) {
    msg += listWithOr(types, 'one of type ') ?? `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) msg += listWithOr(instances, 'an instance of ');
    else msg += `an instance of ${instances[0]}${instances.length === 2 ? ` or ${instances[1]}` : ''}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    const many = listWithOr(other, 'one of ');
    if (many) msg += many;
    else msg += `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`;
  }
  return `${msg}. ${determineSpecificType(actual)}`;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect(input);
  }
  return `${msg} It must be ${range}. Received ${received}`;
}, RangeError);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (args.length) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: msg += `${args.slice(0, -1).join(', ')}, and ${args[args.length - 1]} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_UNHANDLED_REJECTION', 'This error originated either by throwing inside of an async function ' +
  'without a catch block, or by rejecting a promise which was not handled with .catch(). The promise ' +
  'rejected with the reason "%s".', Error);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_NOT_IMPLEMENTED', '%s is not implemented in Apus yet', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  let type;
  if (value?.constructor?.name) type = `instance of ${value.constructor.name}`;
  else type = `type ${typeof value}`;
  return `Expected ${input} to be returned from the "${name}" function but got ${type}.`;
}, TypeError, RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_ASSERTION', '%s', Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Apus or incorrect usage of Apus internals.\n' +
    'Please open an issue with this stack trace.';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relError = typeof target === 'string' && !isImport && target.length && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
      `${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
    `${relError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json` +
    `${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''}` +
  ` imported from ${base}`, TypeError);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!parentPath || !filename.endsWith('.js')) return msg;
  msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
  return msg;
}, Error);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_METHOD_NOT_IMPLEMENTED_YET', '%s', Error);
E('ERR_INVALID_OPT_VALUE', (name, value) => `The value "${String(value)}" is invalid for option "${name}"`, TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform' +
  ', which is being used to run Node.js', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_ACCESS_DENIED', 'Access to this API has been restricted', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid` + msg;
}, TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);

// A failed system call behind an API that reports it as a SystemError: code ERR_SYSTEM_ERROR,
// `info` with the details, message "A system error occurred: <syscall> returned <CODE> (<text>)".
class SystemError extends Error {
  constructor(context) {
    let message = `A system error occurred: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = 'ERR_SYSTEM_ERROR';
    Object.defineProperty(this, 'info', { __proto__: null, value: context, enumerable: true, configurable: true, writable: false });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if (context[key] !== undefined) {
        Object.defineProperty(this, key, { __proto__: null, value: context[key], enumerable: true, configurable: true, writable: true });
      }
    }
    prepareStackHeader(this, 'ERR_SYSTEM_ERROR');
  }

  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
Object.defineProperty(SystemError.prototype, 'name', {
  __proto__: null, value: 'SystemError', writable: true, enumerable: false, configurable: true,
});

// A function that is not implemented yet throws this, never does nothing.
function notImplemented(name) {
  return function notImplementedYet() { throw new codes.ERR_NOT_IMPLEMENTED(name); };
}

const uvNames = new Map();
function uvErrmapGet(errno) { return uvNames.get(errno); }

// Builds the error of a failed system call exactly as Node prints it:
// "ENOENT: no such file or directory, open '/x' -> '/y'".
function uvException(errno, code, description, syscall, path, dest) {
  uvNames.set(errno, [code, description]);
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

function errnoException(errno, syscall, original) {
  const { getSystemErrorName } = require('internal/util');
  const code = getSystemErrorName(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const { getSystemErrorName } = require('internal/util');
  const code = getSystemErrorName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Node hides its own frames from some stacks; here every frame is kept, so this is identity.
function hideStackFrames(fn) { return fn; }

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  return desc === undefined ? Object.isExtensible(Error) : desc.writable === true || desc.set !== undefined;
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

module.exports = {
  SystemError,
  codes,
  AbortError,
  aggregateTwoErrors,
  addNumericalSeparator,
  determineSpecificType,
  errnoException,
  exceptionWithHostPort,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  kIsNodeError,
  notImplemented,
  uvErrmapGet,
  uvException,
};
