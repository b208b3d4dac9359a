'use strict';
// Node's error codes, from one place. Each code is a class per base error type
// (codes.ERR_X, codes.ERR_X.HideStackFramesError is not needed here) with Node's message.

const kIsNodeError = Symbol('kIsNodeError');
const messages = new Map();
// The codes used at start-up are defined here; the rest (internal/errors/messages) load with the
// first use of a code not defined yet, so start-up does not parse them.
const definedCodes = {};
let restLoaded = false;
function loadRest() {
  if (restLoaded) return;
  restLoaded = true;
  require('internal/errors/messages')({ E, lazyInspect, describeType, determineSpecificType, addNumericalSeparator });
  for (const [key, stand] of deferredCodes) {
    const base = codeBases.get(key);
    if (base !== undefined) stand.prototype = base.prototype;
  }
}

// A code read before the rest are loaded (most often by a module destructuring `codes` as it
// loads) is a stand-in constructor: it loads them when first used and builds the code's error
// itself, so the stack starts at its caller as with the real class. Its prototype becomes the
// code's base prototype once that is known (Error.prototype until then).
const deferredCodes = new Map();
const codeBases = new Map();
function deferredCode(key) {
  let stand = deferredCodes.get(key);
  if (stand !== undefined) return stand;
  stand = function NodeError(...args) {
    loadRest();
    const base = codeBases.get(key);
    if (base === undefined) throw new TypeError(`${key} is not an error code`);
    const error = createNodeError(base, key, args, new.target === stand ? undefined : new.target, stand);
    return error;
  };
  stand.prototype = Error.prototype;
  // The variants of a code with several bases (ERR_X.TypeError), read through to the real class.
  for (const name of ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'URIError']) {
    Object.defineProperty(stand, name, {
      __proto__: null,
      get() {
        loadRest();
        return definedCodes[key]?.[name];
      },
      configurable: true,
    });
  }
  deferredCodes.set(key, stand);
  return stand;
}

const codes = new Proxy(definedCodes, {
  __proto__: null,
  get(target, key) {
    if (!(key in target) && typeof key === 'string' && key.startsWith('ERR_')) {
      if (!restLoaded) return deferredCode(key);
      loadRest();
    }
    // The lazy definitions ignore their receiver. A plain read, not Reflect.get: the engine
    // writes Reflect.get in JavaScript, compiled on first use, and this runs at start-up.
    return target[key];
  },
  has(target, key) {
    if (!(key in target)) loadRest();
    return key in target;
  },
  ownKeys(target) {
    loadRest();
    return Reflect.ownKeys(target);
  },
  getOwnPropertyDescriptor(target, key) {
    loadRest();
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
});

let inspectModule;
function lazyInspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

// A code's constructor makes a plain instance of its base class (error.constructor is
// TypeError, not a subclass), with the code, and a stack headed "TypeError [ERR_X]: message".
function makeNodeErrorClass(Base, key) {
  function NodeError(...args) {
    // Not `return createNodeError(...)`: a tail call would take this frame, which the stack cut
    // looks for, off the stack.
    const error = createNodeError(Base, key, args, new.target, NodeError);
    return error;
  }
  // Subclasses inherit from the base class's prototype.
  NodeError.prototype = Base.prototype;
  return NodeError;
}

// The error a code's constructor (`constructorOpt`, cut from the stack with everything above
// it) makes; `newTarget` is the subclass being constructed, if any.
function createNodeError(Base, key, args, newTarget, constructorOpt) {
  const limit = Error.stackTraceLimit;
  // A subclass (class X extends codes.ERR_Y) gets instances of itself.
  const error = newTarget !== undefined && newTarget !== constructorOpt ? Reflect.construct(Base, [], newTarget) : new Base();
  // Message functions may attach properties (ERR_INVALID_URL sets `input`) through `this`.
  const message = formatMessage(key, args, error);
  Object.defineProperties(error, {
    [kIsNodeError]: { __proto__: null, value: true, enumerable: false, writable: false, configurable: true },
    message: { __proto__: null, value: message, enumerable: false, writable: true, configurable: true },
    toString: {
      __proto__: null,
      value() { return `${this.name} [${key}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    },
  });
  Object.defineProperty(error, 'code', { __proto__: null, value: key, enumerable: true, writable: true, configurable: true });
  // The stack starts at the code that threw, as in Node: the constructor is not a frame of it.
  if (limit > 0) Error.captureStackTrace(error, constructorOpt);
  prepareStackHeader(error, key, limit);
  return error;
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
  codeBases.set(key, Base);
  Object.defineProperty(definedCodes, key, {
    __proto__: null,
    get() {
      const Class = makeNodeErrorClass(Base, key);
      for (const Other of otherBases) Class[Other.name] = makeNodeErrorClass(Other, key);
      Object.defineProperty(definedCodes, key, { __proto__: null, value: Class, writable: true, enumerable: true, configurable: true });
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

// "null", "type number (5)", "an instance of Object", "function f": how Node names a wrong value.
function describeType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor?.name) return `an instance of ${value.constructor.name}`;
    return lazyInspect(value, { depth: -1 });
  }
  const shown = typeof value === 'string' && value.length > 28 ? `${value.slice(0, 25)}...` : value;
  return `type ${typeof value} (${lazyInspect(shown, { colors: false })})`;
}

function determineSpecificType(value) {
  return `Received ${describeType(value)}`;
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
E('ERR_NOT_IMPLEMENTED', '%s is not implemented in Apus yet', Error);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!parentPath || !filename.endsWith('.js')) return msg;
  msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
  return msg;
}, Error);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);

// A failed system call behind an API that reports it as a SystemError: code ERR_SYSTEM_ERROR,
// `info` with the details, message "A system error occurred: <syscall> returned <CODE> (<text>)".
class SystemError extends Error {
  // `key`/`prefix` name the specific failure (ERR_FS_EISDIR, "Path is a directory").
  constructor(context, key = 'ERR_SYSTEM_ERROR', prefix = 'A system error occurred') {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    this.code = key;
    Object.defineProperty(this, 'info', { __proto__: null, value: context, enumerable: true, configurable: true, writable: false });
    for (const key of ['errno', 'syscall', 'path', 'dest']) {
      if (context[key] !== undefined) {
        Object.defineProperty(this, key, { __proto__: null, value: context[key], enumerable: true, configurable: true, writable: true });
      }
    }
    prepareStackHeader(this, key);
  }

  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
Object.defineProperty(SystemError.prototype, 'name', {
  __proto__: null, value: 'SystemError', writable: true, enumerable: false, configurable: true,
});

// An error Node raises from native code: the plain message (no "[code]" in its header) with a
// `code` property.
function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

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
  require('internal/error_stack').startBelowNativeCaller(err, uvException);
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

// " address:port" or " address" for the message of an error about where a socket was going.
function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  return address ? ` ${address}` : '';
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const { getSystemErrorName } = require('internal/util');
  const code = getSystemErrorName(errno);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const err = new Error(`${syscall} ${code}${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// A failed bind/listen with where it was: "listen EADDRINUSE: address already in use :::80".
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const uv = internalBinding('uv');
  const code = uv.errname(errno);
  const err = new Error(`${syscall} ${code}: ${uv.strerror(errno)}${hostPortDetails(address, port)}`);
  err.code = code;
  err.errno = errno;
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
  codedError,
  AbortError,
  aggregateTwoErrors,
  addNumericalSeparator,
  determineSpecificType,
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  kIsNodeError,
  notImplemented,
  uvErrmapGet,
  uvException,
};
