'use strict';
// Scripts and contexts. A context is a second global object in the engine, made by
// internalBinding('contextify').makeContext, whose global lookups consult the contextified
// object first; its builtins (Object, Array, Error ...) are its own, as in Node.

const contextify = internalBinding('contextify');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean, validateInt32, validateObject, validateOneOf, validateString, validateUint32, validateArray,
  kValidateObjectAllowNullable, kValidateObjectAllowArray, kValidateObjectAllowFunction,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { registerSource, sourceLine } = require('internal/error_stack');

// contextified object -> the global object of its context.
const contextGlobals = new WeakMap();
const kAnyObject = kValidateObjectAllowArray | kValidateObjectAllowFunction;
let defaultContextNameIndex = 1;

function isContext(object) {
  validateObject(object, 'object', kAnyObject);
  return contextGlobals.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== null && (typeof contextObject === 'object' || typeof contextObject === 'function') &&
      contextGlobals.has(contextObject)) {
    return contextObject;
  }
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`, origin, codeGeneration, microtaskMode,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  validateObject(contextObject, 'contextObject', kAnyObject);
  // A context allows code from strings unless told not to, whatever the main context does.
  const global = contextify.makeContext(contextObject, name, codeGeneration?.strings ?? true);
  contextGlobals.set(contextObject, global);
  installErrorStacks(global);
  const disableProtoMode = require('internal/options').getOptionValue('--disable-proto');
  if (disableProtoMode !== undefined) require('internal/disable_proto').disableProto(disableProtoMode, global.Object);
  mirrorDefinitions(global, contextObject);
  return contextObject;
}

// Data properties defined on the context's global (Object.defineProperty(globalThis, ...) inside
// it) are defined on the contextified object as well, and descriptors read through the global come
// from the object: the engine has no hook for definitions or descriptors, so the context's own
// functions for them do it.
function mirrorDefinitions(global, contextObject) {
  const { Object: ContextObject, Reflect: ContextReflect } = global;
  const { defineProperty, defineProperties } = ContextObject;
  const reflectDefine = ContextReflect.defineProperty;
  const copy = (key, descriptor) => {
    // Accessors stay on the global alone: read through the object, the engine would report a
    // data property for them.
    if (descriptor === null || typeof descriptor !== 'object' || 'get' in descriptor || 'set' in descriptor) return;
    try {
      Reflect.defineProperty(contextObject, key, descriptor);
    } catch {
      // A proxy or frozen object refuses it; the global keeps the definition.
    }
  };
  const methods = {
    defineProperty(target, key, descriptor) {
      const result = defineProperty(target, key, descriptor);
      if (target === global) copy(key, descriptor);
      return result;
    },
    defineProperties(target, descriptors) {
      const result = defineProperties(target, descriptors);
      if (target === global) {
        for (const key of Reflect.ownKeys(Object(descriptors))) copy(key, descriptors[key]);
      }
      return result;
    },
  };
  // Descriptors read through the global are the contextified object's where it has the property.
  const contextGetDescriptor = ContextObject.getOwnPropertyDescriptor;
  const reflectGetDescriptor = ContextReflect.getOwnPropertyDescriptor;
  const objectsDescriptor = (key) => {
    const own = Reflect.getOwnPropertyDescriptor(contextObject, key);
    return own === undefined ? undefined : ContextObject.assign(ContextObject.create(ContextObject.prototype), own);
  };
  methods.getOwnPropertyDescriptor = function getOwnPropertyDescriptor(target, key) {
    if (target === global) {
      const own = objectsDescriptor(key);
      if (own !== undefined) return own;
    }
    return Reflect.apply(contextGetDescriptor, ContextObject, [target, key]);
  };
  const reflectMethods = {
    defineProperty(target, key, descriptor) {
      const result = reflectDefine(target, key, descriptor);
      if (result && target === global) copy(key, descriptor);
      return result;
    },
    getOwnPropertyDescriptor(target, key) {
      if (target === global) {
        const own = objectsDescriptor(key);
        if (own !== undefined) return own;
      }
      return reflectGetDescriptor(target, key);
    },
  };
  for (const [holder, table] of [[ContextObject, methods], [ContextReflect, reflectMethods]]) {
    for (const name of Object.keys(table)) {
      Reflect.defineProperty(holder, name, { value: table[name], writable: true, enumerable: false, configurable: true });
    }
  }
}

// The context's own error constructors get V8-format stacks, as the main realm's do.
function installErrorStacks(global) {
  const module = { exports: {} };
  const fn = contextify.compileBuiltinInContext(global, 'internal/error_stack');
  fn(module.exports, require, module, process, internalBinding);
  module.exports.useSourceLines(sourceLine);
}

// Where an error thrown by a script came from, shown above its stack as Node does:
// "file:line", the source line, a caret.
const decorated = new WeakSet();
function decorateErrorStack(error, code, filename, lineOffset, columnOffset) {
  if (error === null || typeof error !== 'object' || decorated.has(error)) return;
  let stack;
  try { stack = error.stack; } catch { return; }
  if (typeof stack !== 'string') return;
  let line, column;
  if (typeof error.line === 'number' && error.sourceURL === filename) {
    line = error.line;
  } else {
    const escaped = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(?:^|\\n) {4}at (?:.*? \\()?${escaped}:(\\d+):(\\d+)\\)?`).exec(stack);
    if (match === null) return;
    line = Number(match[1]);
    column = Number(match[2]);
  }
  const lines = code.split(/\r?\n/);
  const index = line - 1 - lineOffset;
  if (index < 0 || index >= lines.length) return;
  const text = lines[index];
  // The engine's columns on the script's first line include the column offset.
  if (index === 0 && column !== undefined) column = Math.max(1, column - columnOffset);
  let caretColumn;
  if (column === undefined) {
    const token = /'([^']+)'/.exec(error.message)?.[1];
    const at = token === undefined ? -1 : text.indexOf(token);
    caretColumn = at === -1 ? text.length : at;
  } else {
    // Node points at the statement that threw: the `throw` before the engine's column.
    const throwAt = text.lastIndexOf('throw', column - 1);
    caretColumn = throwAt === -1 ? column - 1 : throwAt;
  }
  decorated.add(error);
  for (const key of ['line', 'column', 'sourceURL']) {
    if (Object.prototype.hasOwnProperty.call(error, key)) delete error[key];
  }
  try {
    error.stack = `${filename}:${line}\n${text}\n${' '.repeat(Math.max(0, caretColumn))}^\n\n${stack}`;
  } catch {
    // A frozen error keeps its stack.
  }
}

// The options Script and compileFunction share: where the source is, and its code cache.
function validateSourceOptions(filename, lineOffset, columnOffset, cachedData, produceCachedData) {
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
}

function getRunInContextArgs(options = {}) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = 0;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors };
}

class Script {
  #code; #filename; #lineOffset; #columnOffset;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData,
      produceCachedData = false, importModuleDynamically,
    } = options;
    validateSourceOptions(filename, lineOffset, columnOffset, cachedData, produceCachedData);
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'function' &&
        typeof importModuleDynamically !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically', ['Function', 'Symbol'], importModuleDynamically);
    }
    this.#code = code;
    this.#filename = filename;
    this.#lineOffset = lineOffset;
    this.#columnOffset = Math.max(0, columnOffset);
    try {
      contextify.checkSyntax(this.#source(), filename, this.#line());
    } catch (error) {
      decorateErrorStack(error, code, filename, lineOffset, this.#columnOffset);
      throw error;
    }
    // The engine keeps no code cache Apus can hand out: data given back is always rejected,
    // and none is produced.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
  }

  // A column offset becomes leading spaces, so the engine's columns on the first line match.
  #source() { return ' '.repeat(this.#columnOffset) + this.#code; }
  #line() { return 1 + this.#lineOffset; }

  #run(global, options) {
    const { timeout, displayErrors } = getRunInContextArgs(options);
    registerSource(this.#filename, this.#source(), this.#line());
    try {
      return contextify.runInContext(global, this.#source(), this.#filename, this.#line(), timeout);
    } catch (error) {
      if (displayErrors) decorateErrorStack(error, this.#code, this.#filename, this.#lineOffset, this.#columnOffset);
      throw error;
    }
  }

  runInThisContext(options) {
    return this.#run(null, options);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return this.#run(contextGlobals.get(contextifiedObject), options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    throw new ERR_NOT_IMPLEMENTED('vm.Script.prototype.createCachedData');
  }
}

function getContextOptions(options) {
  if (!options) return {};
  validateObject(options, 'options');
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) validateString(contextOptions.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  return contextOptions;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  validateObject(options, 'options');
  const {
    filename = '', columnOffset = 0, lineOffset = 0, cachedData = undefined, produceCachedData = false,
    parsingContext = undefined, contextExtensions = [],
  } = options;
  validateSourceOptions(filename, lineOffset, columnOffset, cachedData, produceCachedData);
  if (parsingContext !== undefined &&
      (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext))) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, kValidateObjectAllowNullable);
  });
  const global = parsingContext === undefined ? null : contextGlobals.get(parsingContext);
  const source = ' '.repeat(Math.max(0, columnOffset)) + code;
  const names = params ?? [];
  if (filename !== '') registerSource(filename, source, 1 + lineOffset);
  if (contextExtensions.length === 0) {
    return contextify.compileFunctionInContext(global, source, filename, 1 + lineOffset, names);
  }
  // Each extension object's properties are in scope of the body, nearest last.
  const scopes = contextExtensions.map((_, i) => `with (arguments[${i}]) `).join('');
  const outer = contextify.compileFunctionInContext(
    global, `${scopes}return function (${names.join(', ')}) { ${source}\n}`, filename, 1 + lineOffset, []);
  return outer(...contextExtensions);
}

let measureMemoryWarned = false;
function measureMemory(options = {}) {
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const used = process.memoryUsage().heapUsed;
  const estimate = { jsMemoryEstimate: used, jsMemoryRange: [used, process.memoryUsage().heapTotal] };
  const result = { total: estimate };
  if (mode === 'detailed') {
    result.current = estimate;
    result.other = [];
  }
  return Promise.resolve(result);
}

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

// Modules (vm.SourceTextModule & co) exist in Node only behind --experimental-vm-modules.
if (require('internal/options').isOptionOn('--experimental-vm-modules')) {
  for (const name of ['Module', 'SourceTextModule', 'SyntheticModule']) {
    module.exports[name] = class {
      constructor() { throw new ERR_NOT_IMPLEMENTED(`vm.${name}`); }
    };
  }
}
