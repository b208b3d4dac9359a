'use strict';
// structuredClone: the HTML structured-clone algorithm over the engine's own objects.

const types = require('internal/util/types');
const { getCellType, exclusiveKindByte } = require('internal/util/cell_kinds');
const { getProxyTarget } = internalBinding('util');

let plainByte;
let arrayByte;
const plainKind = () => (plainByte ??= exclusiveKindByte('plain'));
const arrayKind = () => (arrayByte ??= exclusiveKindByte('array'));
const { kClone, kTransfer, kDetached, isMarkedAsUntransferable } = require('internal/worker/js_transferable');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function dataCloneError(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'DataCloneError');
}

const kStreamTags = new Set(['[object ReadableStream]', '[object WritableStream]', '[object TransformStream]']);
const errorConstructors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function cloneValue(value, memory, transferred) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    if (typeof value === 'symbol') throw dataCloneError(`${String(value)} could not be cloned.`);
    return value;
  }
  if (memory.has(value)) return memory.get(value);
  if (typeof value === 'function') throw dataCloneError(`${value.toString().split('\n')[0]} could not be cloned.`);
  // Plain objects and arrays, most of what is cloned, are told by the engine's cell kind in one
  // read, before the checks for every other kind.
  const kind = getCellType(value);
  if (kind === plainKind()) return clonePlainObject(value, memory, transferred);
  if (kind === arrayKind()) return cloneArray(value, memory, transferred);
  let copy;
  if (types.isBooleanObject(value)) copy = Object(Boolean.prototype.valueOf.call(value));
  else if (types.isNumberObject(value)) copy = Object(Number.prototype.valueOf.call(value));
  else if (types.isBigIntObject(value)) copy = Object(BigInt.prototype.valueOf.call(value));
  else if (types.isStringObject(value)) copy = Object(String.prototype.valueOf.call(value));
  else if (types.isSymbolObject(value)) throw dataCloneError('[object Symbol] could not be cloned.');
  else if (types.isDate(value)) copy = new Date(Date.prototype.getTime.call(value));
  else if (types.isRegExp(value)) copy = new RegExp(value.source, value.flags);
  else if (types.isAnyArrayBuffer(value)) {
    if (transferred.has(value)) return transferred.get(value);
    copy = types.isSharedArrayBuffer(value) ? value : value.slice(0);
  } else if (types.isArrayBufferView(value)) {
    const buffer = cloneValue(value.buffer, memory, transferred);
    if (types.isDataView(value)) copy = new DataView(buffer, value.byteOffset, value.byteLength);
    else {
      const Ctor = globalThis[Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(value)];
      copy = new Ctor(buffer, value.byteOffset, value.length);
    }
  } else if (types.isMap(value)) {
    copy = new Map();
    memory.set(value, copy);
    for (const [k, v] of Map.prototype.entries.call(value)) copy.set(cloneValue(k, memory, transferred), cloneValue(v, memory, transferred));
    return copy;
  } else if (types.isSet(value)) {
    copy = new Set();
    memory.set(value, copy);
    for (const v of Set.prototype.values.call(value)) copy.add(cloneValue(v, memory, transferred));
    return copy;
  } else if (types.isNativeError(value)) {
    const name = value.name;
    const Ctor = Object.prototype.hasOwnProperty.call(errorConstructors, name) ? errorConstructors[name] : Error;
    copy = Object.create(Ctor.prototype);
    memory.set(value, copy);
    const desc = Object.getOwnPropertyDescriptor(value, 'message');
    if (desc && 'value' in desc) {
      Object.defineProperty(copy, 'message', { __proto__: null, value: String(desc.value), writable: true, configurable: true, enumerable: false });
    }
    if (typeof value.stack === 'string') {
      Object.defineProperty(copy, 'stack', { __proto__: null, value: value.stack, writable: true, configurable: true, enumerable: false });
    }
    if ('cause' in value) {
      Object.defineProperty(copy, 'cause', { __proto__: null, value: cloneValue(value.cause, memory, transferred), writable: true, configurable: true, enumerable: false });
    }
    return copy;
  } else if (Array.isArray(value) && !types.isProxy(value)) {
    return cloneArray(value, memory, transferred);
  } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) || types.isProxy(value)) {
    throw dataCloneError(`${uncloneableName(value)} could not be cloned.`);
  } else {
    return clonePlainObject(value, memory, transferred);
  }
  memory.set(value, copy);
  return copy;
}

// How the error names an object that cannot be cloned, as V8 does: "[object Array]" for an
// array, else "#<Name>" after the constructor of the object (of a proxy's target).
function uncloneableName(value) {
  if (Array.isArray(value)) return '[object Array]';
  const target = getProxyTarget(value) ?? value;
  const name = Object.getPrototypeOf(target)?.constructor?.name;
  return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
}

function cloneArray(value, memory, transferred) {
  const copy = new Array(value.length);
  memory.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], memory, transferred);
  return copy;
}

// An ordinary object: a JS transferable or cloneable (kTransfer/kClone), or its own enumerable
// properties, one by one.
function clonePlainObject(value, memory, transferred) {
  let copy;
  if (typeof value[kTransfer] === 'function') {
    if (transferred.has(value)) return transferred.get(value);
    const { codes: { ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST } } = require('internal/errors');
    throw new ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST();
  } else if (typeof value[kClone] === 'function') {
    copy = value[kClone]();
  } else {
    const tag = Object.prototype.toString.call(value);
    if (tag !== '[object Object]' && tag !== '[object Arguments]' && !(Symbol.toStringTag in value)) {
      throw dataCloneError(`${tag} could not be cloned.`);
    }
    copy = {};
    memory.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], memory, transferred);
    return copy;
  }
  memory.set(value, copy);
  return copy;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  const transferred = new Map();
  if (options !== undefined && options !== null && typeof options !== 'object') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const transfer = options?.transfer;
  if (transfer !== undefined && transfer !== null) {
    if (typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options.transfer', 'Iterable', transfer);
    }
    for (const item of transfer) {
      const movable = item !== null && typeof item === 'object' && typeof item[kTransfer] === 'function';
      if (!types.isArrayBuffer(item) && !movable) {
        // Streams are transferable by the Streams Standard, which Apus does not do yet.
        const tag = item !== null && typeof item === 'object' ? Object.prototype.toString.call(item) : '';
        if (kStreamTags.has(tag)) throw dataCloneError(`${tag.slice(8, -1)} could not be transferred: stream transfer is not built yet`);
        const { codes: { ERR_INVALID_TRANSFER_OBJECT } } = require('internal/errors');
        throw new ERR_INVALID_TRANSFER_OBJECT();
      }
      if (transferred.has(item)) {
        throw dataCloneError(`Transfer list contains duplicate ${movable ? item.constructor.name : 'ArrayBuffer'}`);
      }
      if (movable && item[kDetached]?.()) throw dataCloneError(`${item.constructor.name} in transfer list is already detached`);
      if (isMarkedAsUntransferable(item)) continue;
      transferred.set(item, null);
    }
  }
  const memory = new Map();
  for (const item of transferred.keys()) {
    if (typeof item[kTransfer] === 'function') transferred.set(item, item[kTransfer]());
    else transferred.set(item, typeof item.transfer === 'function' ? item.transfer() : item.slice(0));
  }
  return cloneValue(value, memory, transferred);
}

module.exports = { structuredClone };
