'use strict';
// Builds `process` and the globals, installs the event-loop hooks, then runs the main script.
// Only what every program needs is loaded here; everything else loads on first use.

// The explicit-resource-management symbols, which this engine does not have yet; lib/ code
// reads them from Symbol.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { __proto__: null, value: Symbol(`nodejs.${name}`) });
  }
}

// Modules are required once each here: every require() at start-up is a call the engine counts
// towards compiling the loader (test/cli/startup-runs-no-jit.js).
const { BuiltinModule, process: processTarget, moduleLoadList } = require('internal/bootstrap/realm');
require('internal/error_stack');
const EventEmitter = require('events');
const binding = internalBinding('process_methods');
const credentials = internalBinding('credentials');
let perThreadModule;
const perThread = () => (perThreadModule ??= require('internal/process/per_thread'));
const { setupTaskQueues, nextTick, queueMicrotask } = require('internal/process/task_queues');
let executionModule;
const execution = () => (executionModule ??= require('internal/process/execution'));
const { setUVExceptionFactory } = internalBinding('errors');
const { uvException } = require('internal/errors');

const { defineProperty } = Object;

// Defines on `target` accessors whose value `load` makes on first read; `entries` holds
// (name, load, enumerable, onTouch) in turn. One call defines many: the engine compiles a
// function on about its 34th call, on a thread it starts for that, which start-up need not pay.
function defineLazy(target, entries) {
  for (let i = 0; i < entries.length; i += 4) {
    const name = entries[i];
    const load = entries[i + 1];
    const enumerable = entries[i + 2];
    const onTouch = entries[i + 3];
    let loaded = false;
    let value;
    defineProperty(target, name, {
      __proto__: null,
      get() {
        if (!loaded) {
          onTouch?.();
          value = load();
          loaded = true;
        }
        return value;
      },
      set(newValue) {
        onTouch?.();
        // A strict-mode assignment to a bare global name calls the setter with no receiver.
        const receiver = this === undefined || this === null ? target : this;
        defineProperty(receiver, name, { __proto__: null, value: newValue, writable: true, enumerable, configurable: true });
      },
      enumerable,
      configurable: true,
    });
  }
}

function setupProcessObject(options) {
  // `process` is an EventEmitter whose constructor is named "process".
  function process() { throw new TypeError('Illegal constructor'); }
  const processPrototype = { __proto__: EventEmitter.prototype };
  defineProperty(processPrototype, 'constructor', { __proto__: null, value: process, writable: true, configurable: true });
  process.prototype = processPrototype;
  const target = processTarget;
  Object.setPrototypeOf(target, processPrototype);
  defineProperty(target, Symbol.toStringTag, { __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true });
  EventEmitter.call(target);

  const flags = options.flags;
  const version = 'v20.11.1';
  const versions = {
    node: version.slice(1),
    apus: '0.1.0',
    uv: binding.uvVersion,
    modules: '115',
    napi: '9',
    javascriptcore: '2.50.6',
  };
  if (binding.opensslVersion) versions.openssl = binding.opensslVersion;
  Object.assign(target, {
    version,
    versions,
    arch: 'x64',
    platform: 'linux',
    release: { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' },
    _rawDebug: (...args) => binding.rawDebug(require('internal/util/inspect').format(...args)),
    moduleLoadList,
    _exiting: false,
    domain: null,
    openStdin: function() {
      target.stdin.resume();
      return target.stdin;
    },
    config: {
      target_defaults: {},
      variables: { v8_enable_i18n_support: 1, node_shared_openssl: true, icu_small: false, node_module_version: 115,
        napi_build_version: '9', node_shared: false, node_use_openssl: false },
    },
    features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
      tls_ocsp: true, tls: true, cached_builtins: true, typescript: false },
    uptime: binding.uptime,
    reallyExit: binding.reallyExit,
    _kill: binding.kill,
    cpuUsage: (...args) => perThread().cpuUsage(...args),
    resourceUsage: () => perThread().resourceUsage(),
    kill: (...args) => perThread().kill(...args),
    exit: function exit(...args) { return perThread().exit(...args); },
    abort: binding.abort,
    umask(mask) {
      if (mask === undefined) return binding.umask();
      const { parseFileMode } = require('internal/validators');
      return binding.umask(parseFileMode(mask, 'mask'));
    },
    chdir(directory) {
      require('internal/validators').validateString(directory, 'directory');
      let from;
      try {
        from = target.cwd();
      } catch {
        from = '';
      }
      binding.chdir(directory, from);
      cachedCwd = '';
    },
    cwd() {
      if (cachedCwd === '') cachedCwd = binding.cwd();
      return cachedCwd;
    },
    getuid: credentials.getuid,
    geteuid: credentials.geteuid,
    getgid: credentials.getgid,
    getegid: credentials.getegid,
    getgroups: credentials.getgroups,
    setuid: credentialSetter('setuid', 'User'),
    seteuid: credentialSetter('seteuid', 'User'),
    setgid: credentialSetter('setgid', 'Group'),
    setegid: credentialSetter('setegid', 'Group'),
    setgroups(groups) {
      const { validateArray } = require('internal/validators');
      validateArray(groups, 'groups');
      for (let i = 0; i < groups.length; i++) validateCredentialId(groups[i], `groups[${i}]`);
      const result = credentials.setgroups(groups);
      if (result > 0) throwUnknownCredential('Group', groups[result - 1]);
      if (result < 0) throw credentialError(result, 'setgroups');
    },
    initgroups(user, extraGroup) {
      validateCredentialId(user, 'user');
      validateCredentialId(extraGroup, 'extraGroup');
      const result = credentials.initgroups(user, extraGroup);
      if (typeof result === 'string') throwUnknownCredential(result, result === 'User' ? user : extraGroup);
      if (result < 0) throw credentialError(result, 'initgroups');
    },
    nextTick,
    emitWarning: (...args) => require('internal/process/warning').emitWarning(...args),
    setUncaughtExceptionCaptureCallback: (fn) => execution().setUncaughtExceptionCaptureCallback(fn),
    hasUncaughtExceptionCaptureCallback: () => execution().hasUncaughtExceptionCaptureCallback(),
    _getActiveRequests: () => {
      const fs = BuiltinModule.map.get('fs');
      return fs.loaded ? [...fs.exports._activeRequests] : [];
    },
    _getActiveHandles: () => {
      const childProcess = BuiltinModule.map.get('internal/child_process');
      const sockets = BuiltinModule.map.get('internal/active_handles');
      return [...(childProcess.loaded ? childProcess.exports.activeHandles : []),
        ...(sockets.loaded ? sockets.exports.activeHandles() : [])];
    },
    getActiveResourcesInfo: () => {
      const sockets = BuiltinModule.map.get('internal/active_handles');
      return [...require('internal/timers').activeResourceNames(),
        ...(sockets.loaded ? sockets.exports.activeResourceNames() : [])];
    },
    _fatalException: (error) => { execution().triggerUncaughtException(error, false); return true; },
    _tickCallback() { require('internal/process/task_queues').runNextTicks(); },
    constrainedMemory: () => undefined,
    availableMemory: () => require('os').freemem(),
    binding(name) { throw new Error(`No such module: ${name}`); },
    // The system loader's own error for a file that is no shared object; a real one is refused:
    // Node-API addons are not supported yet.
    dlopen(module, filename, flags) {
      const { codes: { ERR_DLOPEN_DISABLED, ERR_DLOPEN_FAILED } } = require('internal/errors');
      if ('--no-addons' in options.flags) throw new ERR_DLOPEN_DISABLED();
      const loaderError = binding.dlopenCheck(`${filename}`);
      throw new ERR_DLOPEN_FAILED(loaderError ?? `Cannot load native addon '${filename}': Node-API addons are ` +
        'not supported by Apus yet');
    },
    sourceMapsEnabled: false,
    setSourceMapsEnabled(value) {
      require('internal/validators').validateBoolean(value, 'val');
      if (value) {
        const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
        throw new ERR_NOT_IMPLEMENTED('Source maps (process.setSourceMapsEnabled(true))');
      }
    },
    getBuiltinModule(id) {
      require('internal/validators').validateString(id, 'id');
      const normalized = BuiltinModule.normalizeRequirableId(id);
      return normalized === undefined ? undefined : BuiltinModule.map.get(normalized).compileForPublicLoader();
    },
    execPath: binding.execPath,
    pid: binding.pid,
    ppid: binding.ppid,
    debugPort: 9229,
    argv0: binding.argv0,
  });
  let cachedCwd = '';
  if (options.mode === 'eval' || options.mode === 'print') {
    target._eval = options.eval;
    if (options.mode === 'print') target._print_eval = true;
  }

  let exitCode;
  defineProperty(target, 'exitCode', {
    __proto__: null,
    get() { return exitCode; },
    set(code) {
      perThread().validateExitCode(code);
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  defineProperty(target, 'title', {
    __proto__: null,
    get() { return binding.getTitle(); },
    set(title) { binding.setTitle(String(title)); },
    enumerable: true,
    configurable: true,
  });

  target.env = createEnv();
  target.execArgv = binding.execArgv;
  const argv = [binding.execPath];
  if (options.mode === 'file') {
    argv.push(require('path').resolve(options.script));
  }
  argv.push(...binding.scriptArgs);
  target.argv = argv;
  // The -r modules, in order.
  defineProperty(target, '_preload_modules', {
    __proto__: null, value: [...options.requires], writable: false, enumerable: true, configurable: true,
  });

  if ('--no-deprecation' in flags) target.noDeprecation = true;
  if ('--throw-deprecation' in flags) target.throwDeprecation = true;
  if ('--trace-deprecation' in flags) target.traceDeprecation = true;
  if ('--trace-warnings' in flags) target.traceProcessWarnings = true;
  if ('--no-warnings' in flags) target.noProcessWarnings = true;

  const { touched: stdioTouched } = require('internal/process/stdio_state');
  const lazy = [];
  for (const name of ['stdout', 'stderr', 'stdin']) {
    lazy.push(name, () => require('internal/bootstrap/switches/is_main_thread')[name](), true,
      () => { stdioTouched[name] = true; });
  }
  let assertWarned = false;
  target.assert = (value, message) => {
    if (!assertWarned) {
      assertWarned = true;
      target.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
        'DeprecationWarning', 'DEP0100');
    }
    if (!value) {
      const { codes: { ERR_ASSERTION } } = require('internal/errors');
      throw new ERR_ASSERTION(message || 'assertion error');
    }
  };
  lazy.push(
    'allowedNodeEnvironmentFlags', () => require('internal/process/allowed_flags')(), true, undefined,
    'hrtime', () => perThread().hrtime, true, undefined,
    'memoryUsage', () => perThread().memoryUsage, true, undefined);
  defineLazy(target, lazy);
  process.prototype = processPrototype;
  return target;
}

// process.env: a live view of the C environment whose keys read as ordinary data properties
// (writable, enumerable, configurable), so spread, Object.entries, propertyIsEnumerable and
// deepEqual see them. Values become strings; names other than strings are refused as Node
// refuses them. The proxy's target is a host-object target, so lib/ does not take process.env
// for a proxy (util.types.isProxy, util.inspect, structuredClone).
function createEnv() {
  const util = internalBinding('util');
  let warnedNonString = false;
  // Values read, by name (null: not set): the environment changes only through this object, so
  // a read after the first needs no native call. Any write or delete forgets them all (a name
  // with a NUL names the same variable as its part before the NUL).
  const kMaxCachedNames = 1000;
  const cached = new Map();
  const read = (name) => {
    let value = cached.get(name);
    if (value === undefined) {
      if (cached.size >= kMaxCachedNames) cached.clear();
      value = binding.getEnv(name) ?? null;
      cached.set(name, value);
    }
    return value ?? undefined;
  };
  const nameOf = (key) => {
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return key;
  };
  const setValue = (name, value) => {
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && !warnedNonString &&
        require('internal/options').pendingDeprecation()) {
      warnedNonString = true;
      process.emitWarning('Assigning any value other than a string, number, or boolean to a process.env ' +
        'property is deprecated. Please make sure to convert the value to a string before setting ' +
        'process.env with it.', 'DeprecationWarning', 'DEP0104');
    }
    cached.clear();
    binding.setEnv(name, `${value}`);
    if (name === 'TZ') binding.timeZoneChanged();
  };
  const defineError = (reason) => {
    const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
    return new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', reason);
  };
  return new Proxy(util.hostObjectTarget(), {
    __proto__: null,
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const value = read(key);
        if (value !== undefined) return value;
      }
      // The target's prototype, not the target: it holds nothing, and its class would answer
      // Symbol.toStringTag.
      const proto = Reflect.getPrototypeOf(target);
      return proto === null ? undefined : Reflect.get(proto, key, receiver);
    },
    set(target, key, value) {
      setValue(nameOf(key), value);
      return true;
    },
    has(target, key) {
      if (typeof key === 'string' && read(key) !== undefined) return true;
      const proto = Reflect.getPrototypeOf(target);
      return proto !== null && Reflect.has(proto, key);
    },
    deleteProperty(target, key) {
      if (typeof key === 'string') {
        cached.clear();
        binding.unsetEnv(key);
        if (key === 'TZ') binding.timeZoneChanged();
      }
      return true;
    },
    ownKeys() {
      return binding.envNames();
    },
    getOwnPropertyDescriptor(target, key) {
      const value = typeof key === 'string' ? read(key) : undefined;
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(target, key, descriptor) {
      const name = nameOf(key);
      if ('get' in descriptor || 'set' in descriptor) {
        throw defineError('does not accept an accessor(getter/setter) descriptor');
      }
      if (!('value' in descriptor) || !descriptor.configurable || !descriptor.writable || !descriptor.enumerable) {
        throw defineError('only accepts a configurable, writable, and enumerable data descriptor');
      }
      setValue(name, descriptor.value);
      return true;
    },
    preventExtensions() {
      return false;
    },
  });
}

function validateCredentialId(id, name) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  if (typeof id === 'number') require('internal/validators').validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

function throwUnknownCredential(kind, id) {
  const { codes: { ERR_UNKNOWN_CREDENTIAL } } = require('internal/errors');
  throw new ERR_UNKNOWN_CREDENTIAL(kind, id);
}

// Errors of the credential calls keep Node's older form: "EPERM, Operation not permitted".
function credentialError(errno, syscall) {
  const { getSystemErrorName, getSystemErrorMessage } = require('internal/util');
  const code = getSystemErrorName(errno);
  const message = getSystemErrorMessage(errno);
  const err = new Error(`${code}, ${message[0].toUpperCase()}${message.slice(1)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function credentialSetter(method, kind) {
  return { [method](id) {
    validateCredentialId(id, 'id');
    const result = credentials[method](id);
    if (typeof result === 'string') throwUnknownCredential(result, id);
    if (result < 0) throw credentialError(result, method);
  } }[method];
}

function setupGlobals(process, flags) {
  defineProperty(globalThis, Symbol.toStringTag, { __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true });
  defineProperty(globalThis, 'global', { __proto__: null, value: globalThis, writable: true, enumerable: true, configurable: true });
  // process and Buffer stay accessors when assigned, as in Node: the setter stores the value.
  let processValue = process;
  defineProperty(globalThis, 'process', {
    __proto__: null,
    get() { return processValue; },
    set(value) { processValue = value; },
    enumerable: false,
    configurable: true,
  });
  // (name, module id, enumerable): globals that are the export of that name of a module, in
  // Node's order of the enumerable ones (queueMicrotask comes between the timers and the rest).
  const timerGlobals = [
    'clearImmediate', 'timers', true, 'setImmediate', 'timers', true, 'clearInterval', 'timers', true,
    'clearTimeout', 'timers', true, 'setInterval', 'timers', true, 'setTimeout', 'timers', true,
  ];
  const otherGlobals = [
    'structuredClone', 'internal/structured_clone', true,
    'atob', 'buffer', true, 'btoa', 'buffer', true, 'performance', 'perf_hooks', true,
    'URL', 'internal/url', false, 'URLSearchParams', 'internal/url', false,
    'TextEncoder', 'internal/encoding', false, 'TextDecoder', 'internal/encoding', false,
    'EventTarget', 'internal/event_target', false, 'Event', 'internal/event_target', false,
    'CustomEvent', 'internal/event_target', false,
    'AbortController', 'internal/abort_controller', false, 'AbortSignal', 'internal/abort_controller', false,
    'DOMException', 'internal/per_context/domexception', false,
    'Blob', 'internal/blob', false, 'File', 'internal/file', false,
    'MessageChannel', 'internal/worker/io', false, 'MessagePort', 'internal/worker/io', false,
    'MessageEvent', 'internal/worker/io', false,
  ];
  const fetchGlobals = !('--no-experimental-fetch' in flags);
  if (fetchGlobals) {
    otherGlobals.push('FormData', 'internal/fetch/form_data', false, 'Headers', 'internal/fetch/headers', false,
      'Request', 'internal/fetch/request', false, 'Response', 'internal/fetch/response', false);
  }
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
    otherGlobals.push(name, 'stream/web', false);
  }
  const webcrypto = !('--no-experimental-global-webcrypto' in flags);
  if (webcrypto) {
    otherGlobals.push('Crypto', 'internal/crypto/webcrypto', false, 'CryptoKey', 'internal/crypto/webcrypto', false,
      'SubtleCrypto', 'internal/crypto/webcrypto', false);
  }
  defineLazy(globalThis, lazyExports(timerGlobals));
  defineProperty(globalThis, 'queueMicrotask', { __proto__: null, value: queueMicrotask, writable: true, enumerable: true, configurable: true });
  const others = lazyExports(otherGlobals);
  others.push('console', () => require('internal/console/global'), false, undefined);
  defineLazy(globalThis, others);
  if (fetchGlobals) {
    // A data property, as Node's: the function loads the implementation on its first call.
    defineProperty(globalThis, 'fetch', {
      __proto__: null,
      value: function fetch(input, init = undefined) { return require('internal/fetch/fetch').fetch(input, init); },
      writable: true, enumerable: true, configurable: true,
    });
  }
  const late = [];
  if (webcrypto) {
    late.push('crypto', () => require('internal/crypto/webcrypto').crypto, true, undefined);
  }
  defineLazy(globalThis, late);
  let bufferValue;
  let bufferLoaded = false;
  defineProperty(globalThis, 'Buffer', {
    __proto__: null,
    get() {
      if (!bufferLoaded) {
        bufferValue = require('buffer').Buffer;
        bufferLoaded = true;
      }
      return bufferValue;
    },
    set(value) {
      bufferLoaded = true;
      bufferValue = value;
    },
    enumerable: false,
    configurable: true,
  });
}

// defineLazy entries for (name, module id, enumerable) triples.
function lazyExports(triples) {
  const entries = [];
  for (let i = 0; i < triples.length; i += 3) {
    const name = triples[i];
    const id = triples[i + 1];
    entries.push(name, () => require(id)[name], triples[i + 2], undefined);
  }
  return entries;
}

function setupLoopHooks(process) {
  binding.setProcessHooks(
    function emitBeforeExit() {
      if (process._exiting) return;
      process.emit('beforeExit', process.exitCode | 0);
    },
    function emitExit() {
      if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode | 0);
      }
      return process.exitCode | 0;
    });
}

// Signal handles start with the first listener for a signal event.
function setupSignals(process) {
  let signalWrap, signals;
  const load = () => {
    if (signalWrap !== undefined) return;
    signalWrap = internalBinding('signal_wrap');
    signals = internalBinding('constants').os.signals;
    const names = new Map(Object.entries(signals).map(([name, number]) => [number, name]));
    signalWrap.setSignalHandler((number) => process.emit(names.get(number), names.get(number), number));
  };
  const isSignal = (type) => {
    if (typeof type !== 'string' || !type.startsWith('SIG')) return false;
    load();
    return signals[type] !== undefined;
  };
  process.on('newListener', (type) => {
    if (!isSignal(type) || process.listenerCount(type) > 0) return;
    const err = signalWrap.startSignal(signals[type]);
    if (err) {
      const { errnoException } = require('internal/errors');
      throw errnoException(err, 'uv_signal_start');
    }
  });
  process.on('removeListener', (type) => {
    if (isSignal(type) && process.listenerCount(type) === 0) signalWrap.stopSignal(signals[type]);
  });
}

// JSON.parse with V8's messages for the text it rejects (the engine's read "JSON Parse error:
// ..."): found on failure only, by internal/json_parse_error. A reviver's own errors pass as
// they are.
function useNodeJSONParseErrors() {
  const nativeParse = JSON.parse;
  const { parse } = {
    parse(text, reviver) {
      try {
        return nativeParse(text, reviver);
      } catch (error) {
        if (!(error instanceof SyntaxError) || !`${error.message}`.startsWith('JSON Parse error:')) throw error;
        const message = require('internal/json_parse_error').jsonParseErrorMessage(`${text}`);
        if (message === undefined) throw error;
        const nodeError = new SyntaxError(message);
        Error.captureStackTrace(nodeError, parse);
        throw nodeError;
      }
    },
  };
  defineProperty(JSON, 'parse', { __proto__: null, value: parse, writable: true, enumerable: false, configurable: true });
  require('internal/error_stack').registerTransparentFrame('node:internal/bootstrap/node', 'parse');
}

module.exports = function bootstrap(options) {
  setUVExceptionFactory(uvException);
  const process = setupProcessObject(options);
  useNodeJSONParseErrors();
  if (options.envFiles.length > 0) {
    const missing = require('internal/dotenv').loadEnvFiles(options.envFiles, process.env);
    if (missing !== undefined) {
      binding.rawDebug(`${process.argv0}: ${missing}: not found`);
      process.reallyExit(9);
    }
  }
  setupTaskQueues();
  // Like Node, an uncaught exception goes through process._fatalException, which programs may
  // replace; a missing one is fatal with exit code 6.
  internalBinding('errors').setUncaughtExceptionHandler((error) => {
    const fatal = process._fatalException;
    if (typeof fatal !== 'function') {
      execution().printFatal(error);
      process.reallyExit(6);
    }
    Reflect.apply(fatal, process, [error]);
  });
  setupGlobals(process, options.flags);
  setupLoopHooks(process);
  setupSignals(process);
  process.on('warning', (warning) => require('internal/process/warning').onWarning(warning));

  const flags = options.flags;
  if (flags['--unhandled-rejections'] !== undefined) {
    require('internal/process/promises').setUnhandledRejectionsMode(flags['--unhandled-rejections']);
  }
  if ('--stack-trace-limit' in flags) Error.stackTraceLimit = Number(flags['--stack-trace-limit']);
  if ('--expose-gc' in flags) {
    defineProperty(globalThis, 'gc', { __proto__: null, value: binding.gc, writable: true, enumerable: false, configurable: true });
  }
  if ('--expose-gc-as' in flags) {
    defineProperty(globalThis, flags['--expose-gc-as'], { __proto__: null, value: binding.gc, writable: true, enumerable: false, configurable: true });
  }
  if ('--expose-internals' in flags) BuiltinModule.setExposeInternals(true);
  if ('--title' in flags) process.title = flags['--title'];
  if ('--no-experimental-global-customevent' in flags) delete globalThis.CustomEvent;
  if ('--disable-proto' in flags) {
    const mode = flags['--disable-proto'];
    if (mode !== 'delete' && mode !== 'throw') {
      binding.rawDebug(`${process.argv0}: invalid mode passed to --disable-proto`);
      process.reallyExit(12);
    }
    require('internal/disable_proto').disableProto(mode, Object);
  }

  require(`internal/main/${{
    file: 'run_main_module', eval: 'eval_string', print: 'eval_string', stdin: 'eval_stdin',
    help: 'print_help', version: 'print_version',
  }[options.mode]}`)(options);
  // The main script is the first callback: its ticks run before its promise jobs.
  require('internal/process/task_queues').runNextTicks();
};
