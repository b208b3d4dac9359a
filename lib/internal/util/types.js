'use strict';
// util.types: brand checks done with the engine's own internal-slot checks where JavaScript
// exposes one (a method that throws on the wrong receiver), never with instanceof alone.

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArray = TypedArrayPrototype.constructor;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const dataViewByteLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const { getProxyTarget, getPromiseDetails } = internalBinding('util');
const { isKind } = require('internal/util/cell_kinds');

function brand(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

const isObjectLike = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');

// The toStringTag getter answers exactly, but costs ~50 ns on a typed array in this engine: a
// view of this realm whose prototype chain has the constructor is answered first, by instanceof
// and ArrayBuffer.isView (~7 ns); anything else (other realms, other objects) by the getter. Only
// a view given another kind's prototype on purpose (setPrototypeOf) can fool the first test.
const { isView } = ArrayBuffer;
function isTypedArray(value) {
  return (value instanceof TypedArray && isView(value)) || typedArrayTag.call(value) !== undefined;
}
function typedArrayIs(name) {
  const constructor = globalThis[name];
  return (value) => (value instanceof constructor && isView(value)) || typedArrayTag.call(value) === name;
}
function isArrayBuffer(value) {
  return isObjectLike(value) && isKind('arrayBuffer', value, () => brand(arrayBufferByteLength, value));
}
function isSharedArrayBuffer(value) {
  return sharedArrayBufferByteLength !== undefined && isObjectLike(value) &&
    isKind('sharedArrayBuffer', value, () => brand(sharedArrayBufferByteLength, value));
}
function isAnyArrayBuffer(value) { return isArrayBuffer(value) || isSharedArrayBuffer(value); }
function isDataView(value) {
  return isObjectLike(value) && isKind('dataView', value, () => brand(dataViewByteLength, value));
}
function isArrayBufferView(value) { return ArrayBuffer.isView(value); }
function isMap(value) { return isObjectLike(value) && isKind('map', value, () => brand(mapSize, value)); }
function isSet(value) { return isObjectLike(value) && isKind('set', value, () => brand(setSize, value)); }
function weakMapHas() { WeakMap.prototype.has.call(this, {}); }
function isWeakMap(value) {
  return isObjectLike(value) && isKind('weakMap', value, () => brand(weakMapHas, value));
}
function weakSetHas() { WeakSet.prototype.has.call(this, {}); }
function isWeakSet(value) { return isObjectLike(value) && isKind('weakSet', value, () => brand(weakSetHas, value)); }
function isDate(value) { return isObjectLike(value) && isKind('date', value, () => brand(Date.prototype.getTime, value)); }
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
function isRegExp(value) {
  return isObjectLike(value) && value !== RegExp.prototype && isKind('regExp', value, () => brand(regExpSource, value));
}
// Calling `then` would create a derived promise (an unhandled rejection in waiting), so the
// engine's own brand check decides; where its promise layout could not be verified (null), the
// class tag and the prototype chain do.
function isPromise(value) {
  if (!isObjectLike(value)) return false;
  const details = getPromiseDetails(value);
  if (details !== null) return details !== undefined;
  if (Object.prototype.hasOwnProperty.call(value, Symbol.toStringTag)) return false;
  return Object.prototype.toString.call(value) === '[object Promise]' && value instanceof Promise;
}
// A boxed primitive of one type: its engine kind, else its valueOf brand check.
function boxedCheck(kind, valueOf) {
  return (value) => typeof value === 'object' && value !== null && isKind(kind, value, () => brand(valueOf, value));
}
const isNumberObject = boxedCheck('numberObject', Number.prototype.valueOf);
const isStringObject = boxedCheck('stringObject', String.prototype.valueOf);
const isBooleanObject = boxedCheck('booleanObject', Boolean.prototype.valueOf);
const isBigIntObject = boxedCheck('bigIntObject', BigInt.prototype.valueOf);
const isSymbolObject = boxedCheck('symbolObject', Symbol.prototype.valueOf);
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) ||
    isSymbolObject(value);
}
function isNativeError(value) {
  return isObjectLike(value) && Object.prototype.toString.call(value) === '[object Error]' &&
    value[Symbol.toStringTag] === undefined;
}
function isProxy(value) { return isObjectLike(value) && getProxyTarget(value) !== undefined; }

const generatorPrototype = Object.getPrototypeOf(function* () {});
const asyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const asyncGeneratorPrototype = Object.getPrototypeOf(async function* () {});
function isGeneratorFunction(value) {
  return typeof value === 'function' && (Object.getPrototypeOf(value) === generatorPrototype ||
    Object.getPrototypeOf(value) === asyncGeneratorPrototype);
}
function isAsyncFunction(value) {
  return typeof value === 'function' && (Object.getPrototypeOf(value) === asyncFunctionPrototype ||
    Object.getPrototypeOf(value) === asyncGeneratorPrototype);
}
function isGeneratorObject(value) {
  const tag = isObjectLike(value) ? Object.prototype.toString.call(value) : '';
  return tag === '[object Generator]' || tag === '[object AsyncGenerator]';
}
function isMapIterator(value) { return isObjectLike(value) && Object.prototype.toString.call(value) === '[object Map Iterator]'; }
function isSetIterator(value) { return isObjectLike(value) && Object.prototype.toString.call(value) === '[object Set Iterator]'; }
function isArgumentsObject(value) {
  return isObjectLike(value) && Object.prototype.toString.call(value) === '[object Arguments]';
}
function isModuleNamespaceObject(value) {
  return isObjectLike(value) && value[Symbol.toStringTag] === 'Module' && Object.getPrototypeOf(value) === null &&
    !Object.isExtensible(value);
}
function isExternal() { return false; }
function isWeakRef(value) { return isObjectLike(value) && typeof WeakRef === 'function' && value instanceof WeakRef; }
function isKeyObject(value) { return isObjectLike(value) && value[Symbol.for('apus.keyObject')] === true; }
function isCryptoKey(value) { return isObjectLike(value) && value[Symbol.for('apus.cryptoKey')] === true; }

module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isArrayBufferView,
  isAnyArrayBuffer,
  isAsyncFunction,
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isCryptoKey,
  isDataView,
  isDate,
  isExternal,
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isGeneratorFunction,
  isGeneratorObject,
  isInt8Array: typedArrayIs('Int8Array'),
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isKeyObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isTypedArray,
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isWeakMap,
  isWeakSet,
  isWeakRef,
};
