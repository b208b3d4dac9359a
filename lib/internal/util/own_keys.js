'use strict';
// The own property keys of an array or typed array that are not indices. Listing a large
// array's keys makes a string per index (a million take over half a second in this engine), so
// when the object has the engine shape of a fresh array or typed array of its kind (no named
// properties of its own), no key is listed at all.

const { sameStructure } = internalBinding('util');

let usable;
// The shape comparison is trusted only if it tells these apart.
function shapeCheckWorks() {
  usable ??= sameStructure({}, {}) && !sameStructure({}, { a: 1 }) && !sameStructure([], {});
  return usable;
}

// Fresh arrays of each element kind: built by push (plain storage) and as literals (the engine
// shares a literal's storage until it is written, under a shape of its own).
let freshArrays;
function arrayShapes() {
  if (freshArrays === undefined) {
    const pushed = (element) => {
      const array = [];
      array.push(element);
      return array;
    };
    freshArrays = [pushed(0), pushed(0.5), pushed(''), [0], [0.5], ['']];
  }
  return freshArrays;
}

const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const typedArrayConstructors = new Map([Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array].map((ctor) => [ctor.name, ctor]));
// Prototype -> an empty typed array made with it, per element type.
const freshTypedArrays = new WeakMap();

function freshTypedArrayLike(value) {
  const prototype = Object.getPrototypeOf(value);
  if (prototype === null) return undefined;
  const tag = Reflect.apply(typedArrayTag, value, []);
  let byTag = freshTypedArrays.get(prototype);
  if (byTag === undefined) {
    byTag = new Map();
    freshTypedArrays.set(prototype, byTag);
  }
  let fresh = byTag.get(tag);
  if (fresh === undefined) {
    function NewTarget() {}
    NewTarget.prototype = prototype;
    fresh = Reflect.construct(typedArrayConstructors.get(tag), [0], NewTarget);
    byTag.set(tag, fresh);
  }
  return fresh;
}

const kSmall = 256;

// Whether `value` (an array or typed array) certainly has no own named property: false means
// "unknown", and the keys are listed.
function hasNoNamedProperties(value, isTypedArray) {
  if (!(value.length >= kSmall) || !shapeCheckWorks()) return false;
  if (isTypedArray) {
    const fresh = freshTypedArrayLike(value);
    return fresh !== undefined && sameStructure(value, fresh);
  }
  if (Object.getPrototypeOf(value) !== Array.prototype) return false;
  for (const fresh of arrayShapes()) if (sameStructure(value, fresh)) return true;
  return false;
}

function isArrayIndex(key) {
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

// Own non-index keys of an array or typed array: strings (only enumerable ones if asked), then
// symbols unless skipped. Arrays' own `length` counts as a non-enumerable string key.
function ownNonIndexKeys(value, isTypedArray, onlyEnumerable, skipSymbols = false) {
  let keys;
  if (hasNoNamedProperties(value, isTypedArray)) {
    keys = onlyEnumerable || isTypedArray ? [] : ['length'];
  } else {
    const names = onlyEnumerable ? Object.keys(value) : Object.getOwnPropertyNames(value);
    // Own keys list the indices first, in order: the others are the tail after them.
    let first = names.length;
    while (first > 0 && !isArrayIndex(names[first - 1])) first--;
    keys = names.slice(first);
  }
  if (!skipSymbols) {
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (!onlyEnumerable || Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

module.exports = { ownNonIndexKeys };
