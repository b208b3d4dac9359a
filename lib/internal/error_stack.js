'use strict';
// Error stacks in V8's format ("    at fn (file:line:col)"), which Node programs and tests parse,
// on top of JavaScriptCore's ("fn@file:line:col"). The global error constructors are replaced by
// functions that build the engine's error and give it a lazy `stack`: the engine's frames are
// read at construction and formatted on first access, as V8 does, so `name` and `message`
// changed after construction show in the header. Error.captureStackTrace, Error.stackTraceLimit
// (default 10) and Error.prepareStackTrace with CallSite objects behave as in V8.

const thisFile = 'node:internal/error_stack';
// Must match wrapperName and the wrapper text in Sources/Bindings/ContextifyBinding.swift.
const kWrapperName = '__apusModuleWrapper';
const wrapperPrefix = (params) => `(function ${kWrapperName}(${params.join(', ')}) { `;
// file -> how far the wrapper pushes columns of the source's first line.
const firstLineShift = new Map();
function registerWrapper(file, params) { registerFirstLineShift(file, wrapperPrefix(params).length); }
function registerFirstLineShift(file, length) {
  if (firstLineShift.get(file) === length) return;
  firstLineShift.set(file, length);
  forgetParsedFrames();
}
// Must match kWrapperName in internal/modules/esm/transform.
const kESModuleWrapperName = '__apusESModule';
const rawStacks = new WeakMap();
const NativeError = globalThis.Error;
const nativeCaptureStackTrace = NativeError.captureStackTrace;
const { defineProperty, getOwnPropertyDescriptor, setPrototypeOf } = Object;
const { apply: ReflectApply, construct: ReflectConstruct } = Reflect;
NativeError.stackTraceLimit = 200;

class CallSite {
  #name; #file; #line; #column; #native; #typeName; #isConstructor;
  constructor(name, file, line, column, native, typeName = null, constructor = false) {
    this.#name = name; this.#file = file; this.#line = line; this.#column = column; this.#native = native;
    this.#typeName = typeName; this.#isConstructor = constructor;
  }
  getThis() { return undefined; }
  getTypeName() { return this.#typeName; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#name || null; }
  getMethodName() { return this.#native && this.#typeName !== null ? this.#name : null; }
  getFileName() { return this.#file ?? undefined; }
  getLineNumber() { return this.#line ?? null; }
  getColumnNumber() { return this.#column ?? null; }
  getEnclosingLineNumber() { return this.#line ?? null; }
  getEnclosingColumnNumber() { return this.#column ?? null; }
  getScriptNameOrSourceURL() { return this.#file ?? undefined; }
  getScriptHash() { return ''; }
  getEvalOrigin() { return undefined; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return !this.#name; }
  isEval() { return this.#name === 'eval'; }
  isNative() { return false; }
  isConstructor() { return this.#isConstructor; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    if (this.#native) {
      // A built-in function: V8 names it by its receiver's type, and has no location for it.
      const name = this.#isConstructor ? `new ${this.#name}` :
        this.#typeName !== null ? `${this.#typeName}.${this.#name}` : this.#name;
      return `${name} (<anonymous>)`;
    }
    const location = `${this.#file}:${this.#line}:${this.#column}`;
    return this.#name ? `${this.#name} (${location})` : location;
  }
}

// Built-in functions that call back into JavaScript, by the name the engine's frame gives, with
// the receiver type V8's frame shows for their most common use (the engine's frame does not
// say which `forEach` it was). A static method's receiver is its constructor, a Function.
const kBuiltinTypes = new Map();
for (const [type, names] of [
  ['Array', ['map', 'forEach', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast',
    'findLastIndex', 'flatMap', 'sort', 'toSorted', 'join', 'toLocaleString']],
  ['String', ['replace', 'replaceAll', 'split', 'match', 'matchAll', 'search']],
  ['JSON', ['parse', 'stringify']],
  ['Function', ['from', 'fromAsync', 'keys', 'values', 'entries', 'assign', 'fromEntries', 'defineProperty',
    'defineProperties', 'getOwnPropertyNames', 'getOwnPropertyDescriptors', 'groupBy']],
]) {
  for (const name of names) kBuiltinTypes.set(name, type);
}
// Built-ins V8 constructs through, shown as `new Name`.
const kBuiltinConstructors = new Set(['Promise', 'Map', 'Set', 'WeakMap', 'WeakSet']);
// Frames V8 does not show: Function.prototype.call/apply and Reflect.apply/construct pass the
// call on, and the engine's own helpers (named "anonymous") stand for the built-in above them.
const kHiddenBuiltins = new Set(['apply', 'call', 'construct', 'anonymous']);

// Functions of lib/ that stand in for a built-in (their frame is the built-in's, shown below
// them): file -> names.
const transparentFrames = new Map();
function registerTransparentFrame(file, name) {
  forgetParsedFrames();
  if (!transparentFrames.has(file)) transparentFrames.set(file, new Set());
  transparentFrames.get(file).add(name);
}

// What parseFrame makes of each engine frame text, kept because the same call sites recur in
// stack after stack and finding V8's name and column reads source text. Dropped whenever what
// it was computed from may change (a file's wrapper or source text registered again).
const kMaxParsedFrames = 2000;
const parsedFrames = new Map();   // frame text -> CallSite arguments, or null for a hidden frame
function forgetParsedFrames() { parsedFrames.clear(); }

// "fn@file:1:2", "@file:1:2", "global code@file:1:2", "fn@[native code]".
function parseFrame(text) {
  let parts = parsedFrames.get(text);
  if (parts === undefined) {
    if (parsedFrames.size >= kMaxParsedFrames) parsedFrames.clear();
    parts = frameParts(text);
    parsedFrames.set(text, parts);
  }
  return parts === null ? null : new CallSite(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
}

function frameParts(text) {
  const at = text.indexOf('@');
  let name = at === -1 ? '' : text.slice(0, at);
  const location = at === -1 ? text : text.slice(at + 1);
  if (name === 'global code' || name === 'module code') name = '';
  else if (name === 'eval code') name = 'eval';
  if (location === '[native code]') {
    if (kHiddenBuiltins.has(name)) return null;
    const typeName = kBuiltinTypes.get(name) ?? null;
    return [name, undefined, undefined, undefined, true, typeName, kBuiltinConstructors.has(name)];
  }
  const match = /^(.*):(\d+):(\d+)$/.exec(location);
  if (match === null) return [name, location, undefined, undefined, false];
  const file = match[1];
  if (transparentFrames.get(file)?.has(name)) return null;
  const line = Number(match[2]);
  let column = Number(match[3]);
  if (line === 1 && firstLineShift.has(file)) column = Math.max(1, column - firstLineShift.get(file));
  const sourceText = lookupSourceLine(file, line);
  if (sourceText !== undefined) {
    name = accessorName(file, line, column, name);
    column = calleeColumn(sourceText, column);
  }
  // V8 names a CommonJS module body this way; builtin module bodies have no name.
  if (name === kWrapperName) name = file.startsWith('node:') ? '' : 'Object.<anonymous>';
  else if (name === kESModuleWrapperName) name = '';
  return [name, file, line, column, false];
}

// The engine places a call frame's column at the call's "(", V8 at the callee's name, or at
// `new` for a construction, and a property access's at its ".", V8 at the name; with the
// source line at hand the column moves to V8's place.
// Source text: files read on first need, and what `vm` registers for its scripts.
const kMaxSources = 32;
const sources = new Map();   // file -> { lines, firstLine } or null when unreadable
function rememberSource(file, entry) {
  if (sources.size >= kMaxSources) sources.delete(sources.keys().next().value);
  sources.set(file, entry);
}
function registerSource(file, text, firstLine) {
  forgetParsedFrames();
  sources.delete(file);
  rememberSource(file, { lines: text.split('\n'), firstLine });
}
function readSource(file) {
  if (file.startsWith('node:')) {
    const text = internalBinding('builtins').source(file.slice(5));
    return text === undefined ? null : { lines: text.split('\n'), firstLine: 1 };
  }
  const isFileURL = file.startsWith('file:///');
  if (file.charCodeAt(0) !== 47 /* / */ && !isFileURL) return null;
  try {
    const filename = isFileURL ? require('internal/url').fileURLToPath(file) : file;
    return { lines: internalBinding('fs').readFileUtf8(filename).split('\n'), firstLine: 1 };
  } catch {
    return null;
  }
}
function sourceLine(file, line) {
  let entry = sources.get(file);
  if (entry === undefined) {
    entry = readSource(file);
    rememberSource(file, entry);
  }
  return entry === null ? undefined : entry.lines[line - entry.firstLine];
}
// A vm context's copy of this module reads the main realm's sources (see lib/vm.js).
let lookupSourceLine = sourceLine;
function useSourceLines(lookup) { lookupSourceLine = lookup; forgetParsedFrames(); }

// The engine names a getter or setter frame by the property alone; V8 says "get x" / "set x".
// The nearest definition of the name above the frame's position in the source tells which.
const kIdentifier = /^[A-Za-z_$][\w$]*$/;
const kDefinitionSearchLines = 100;
function accessorName(file, line, column, name) {
  if (!kIdentifier.test(name)) return name;
  const definition = new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*([(:=])`, 'g');
  for (let at = line; at > 0 && at > line - kDefinitionSearchLines; at--) {
    let text = lookupSourceLine(file, at);
    if (text === undefined) return name;
    if (at === line) text = text.slice(0, column - 1);
    let kind;
    for (const match of text.matchAll(definition)) {
      const before = text.slice(0, match.index + match[1].length);
      const after = text.slice(match.index + match[0].length);
      if (match[2] === '(') {
        const accessor = /\b(get|set)\s+$/.exec(before);
        if (accessor !== null) kind = accessor[1];
        else if (/\bfunction\s*\*?\s*$/.test(before) || /^[^()]*\)\s*\{/.test(after)) kind = '';
      } else if (/^\s*(?:async\s+)?(?:function\b|\(|[\w$]+\s*=>)/.test(after)) {
        kind = '';
      }
    }
    if (kind !== undefined) return kind === '' ? name : `${kind} ${name}`;
  }
  return name;
}

function calleeColumn(text, column) {
  // A property access (a getter's caller, a read of null's property): V8 at the name after `.`.
  if (text.charCodeAt(column - 1) === 46 /* . */) {
    const name = /^\.\s*[\w$#]/.exec(text.slice(column - 1));
    return name === null ? column : column + name[0].length - 1;
  }
  if (text.charCodeAt(column - 1) !== 40 /* ( */) return column;
  const before = text.slice(0, column - 1);
  const construction = /\bnew\s+[\w$]+(?:\s*\.\s*[\w$]+)*\s*$/.exec(before);
  if (construction !== null) return construction.index + 1;
  const callee = /[\w$]+\s*$/.exec(before);
  return callee === null ? column : callee.index + 1;
}

function parseFrames(raw, skipUntilName, skipNativeCaller = false) {
  const frames = [];
  if (typeof raw !== 'string' || raw === '') return frames;
  const lines = raw.split('\n');
  let i = 0;
  // Frames of this file and the native frames under them belong to the machinery.
  while (i < lines.length && (lines[i].includes(thisFile) || lines[i].endsWith('@[native code]'))) i++;
  if (skipUntilName) {
    // As in V8, a function that is not on the stack leaves no frame at all.
    let found = lines.length;
    for (let j = i; j < lines.length; j++) {
      if (lines[j].startsWith(`${skipUntilName}@`)) { found = j + 1; break; }
    }
    i = found;
    if (skipNativeCaller) while (i < lines.length && lines[i].endsWith('@[native code]')) i++;
  }
  // A frame without a location ("fn@") is the engine's own step (a class called without
  // `new`), of which V8 shows nothing.
  for (; i < lines.length; i++) {
    if (lines[i] === '' || lines[i].endsWith('@')) continue;
    const frame = parseFrame(lines[i]);
    if (frame !== null) frames.push(frame);
  }
  return frames;
}

function errorHeader(error) {
  let name, message;
  try { name = error.name; message = error.message; } catch { return 'Error'; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function formatStack(error, frames) {
  const prepare = Error.prepareStackTrace;
  if (typeof prepare === 'function') return prepare(error, frames);
  let text = errorHeader(error);
  for (const frame of frames) text += `\n    at ${frame}`;
  return text;
}

function stackGetter() {
  const entry = rawStacks.get(this);
  if (entry === undefined) return undefined;
  rawStacks.delete(this);
  const frames = parseFrames(entry.raw, entry.skipUntil, entry.skipNativeCaller).slice(0, entry.limit);
  const value = formatStack(this, frames);
  defineProperty(this, 'stack', { __proto__: null, value, writable: true, enumerable: false, configurable: true });
  return value;
}

function stackSetter(value) {
  rawStacks.delete(this);
  defineProperty(this, 'stack', { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

function currentLimit() {
  const limit = Error.stackTraceLimit;
  return typeof limit === 'number' ? Math.max(0, limit) : -1;
}

// Gives `target` a lazy V8-format stack from the engine's raw one.
function installStack(target, raw, skipUntil) {
  const limit = currentLimit();
  if (limit < 0) {
    delete target.stack;
    return;
  }
  rawStacks.set(target, { raw, limit, skipUntil, skipNativeCaller: false });
  defineProperty(target, 'stack', { __proto__: null, get: stackGetter, set: stackSetter, enumerable: false, configurable: true });
}

function wrapConstructor(Native, Parent) {
  const Wrapper = {
    [Native.name]: function(...args) {
      const newTarget = new.target ?? Wrapper;
      const error = ReflectConstruct(Native, args, newTarget);
      installStack(error, error.stack, newTarget === Wrapper ? undefined : newTarget.name);
      return error;
    },
  }[Native.name];
  defineProperty(Wrapper, 'length', { __proto__: null, value: Native.length, configurable: true });
  defineProperty(Wrapper, 'prototype', { __proto__: null, value: Native.prototype, writable: false, enumerable: false, configurable: false });
  defineProperty(Native.prototype, 'constructor', { __proto__: null, value: Wrapper, writable: true, enumerable: false, configurable: true });
  if (Parent) setPrototypeOf(Wrapper, Parent);
  defineProperty(globalThis, Native.name, { __proto__: null, value: Wrapper, writable: true, enumerable: false, configurable: true });
  return Wrapper;
}

const Error = wrapConstructor(NativeError);
Error.stackTraceLimit = 10;
defineProperty(Error, 'captureStackTrace', {
  __proto__: null,
  value: function captureStackTrace(target, constructorOpt) {
    if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', target);
    }
    const holder = {};
    nativeCaptureStackTrace(holder);
    installStack(target, holder.stack, constructorOpt?.name || undefined);
  },
  writable: true, enumerable: false, configurable: true,
});

for (const name of ['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError',
  'AggregateError']) {
  wrapConstructor(globalThis[name], Error);
}

// For an error just made with `new Error` by a helper a native function (a binding) calls for
// its failure: as in V8, whose stacks show no frame for the helper nor for the binding, its
// stack starts at the binding's caller (an asynchronous failure has no frames at all). The
// frames taken at construction are kept; only where they start changes.
function startBelowNativeCaller(error, helper) {
  const entry = rawStacks.get(error);
  if (entry === undefined) return;   // no lazy stack (Error.stackTraceLimit is not a number)
  entry.skipUntil = helper.name;
  entry.skipNativeCaller = true;
}

// Errors the engine makes itself (a TypeError from `null.x`, a ReferenceError for a name that
// is not defined) are handed here as they are made (CShims, engine_error_messages.c) and get the
// same lazy V8-format stack. The few made elsewhere in the engine keep its format in `stack`;
// code that prints errors converts those with toV8Stack.
function adoptEngineError(error) {
  const raw = error.stack;
  if (!isEngineStack(raw)) return;
  // Calling a class: the engine throws from the class's own frame, which V8's stack does not
  // show, and whose name is the one V8's message gives.
  const firstFrame = error.message === kClassCalledText ? /^([^@\n]*)@[^\n]*\n/.exec(raw) : null;
  if (firstFrame !== null) {
    const className = firstFrame[1];
    error.message = className === '' ? "Class constructors cannot be invoked without 'new'" :
      `Class constructor ${className} cannot be invoked without 'new'`;
    installStack(error, raw.slice(firstFrame[0].length));
    return;
  }
  installStack(error, raw);
}
const kClassCalledText = 'Cannot call a class constructor without |new|';
internalBinding('errors').setEngineErrorHook(adoptEngineError);

function toV8Stack(error) {
  const raw = error?.stack;
  if (!isEngineStack(raw)) return raw;
  return formatStack(error, parseFrames(raw).slice(0, Math.max(0, currentLimit())));
}

function isEngineStack(raw) {
  return typeof raw === 'string' && raw !== '' && !raw.includes('\n    at ') && /^[^\n]*@/.test(raw);
}

module.exports = {
  CallSite, parseFrames, toV8Stack, isEngineStack, errorHeader, NativeError, registerWrapper, registerFirstLineShift,
  registerTransparentFrame,
  startBelowNativeCaller,
  wrapperPrefix,
  firstLineShift,
  registerSource, sourceLine, useSourceLines,
};
