'use strict';
// util.types brand checks over objects of every kind, subclasses, look-alikes (a Map prototype,
// Object.create(Map.prototype), a Map with its own toStringTag), proxies and primitives: the
// engine's cell kind decides, never the prototype chain or the tag.
const { types } = require('util');
class SubMap extends Map {}
class SubDate extends Date {}
class SubRegExp extends RegExp {}
const taggedMap = new Map();
Object.defineProperty(taggedMap, Symbol.toStringTag, { value: 'NotAMap' });
const values = [{}, [], new Map(), new SubMap(), new Set(), new WeakMap(), new WeakSet(), new Date(), new SubDate(), /x/,
  new SubRegExp('y'), RegExp.prototype, new ArrayBuffer(1), new SharedArrayBuffer(1), new DataView(new ArrayBuffer(1)),
  new Uint8Array(1), Object(1), Object('s'), Object(true), Object(1n), Object(Symbol('s')), new Proxy(new Map(), {}),
  Object.create(Map.prototype), Promise.resolve(), new Error(), function named() {}, null, 1, 's', Map.prototype,
  Date.prototype, Object.create(Date.prototype), taggedMap, Object.setPrototypeOf(new Set(), null)];
const checks = ['isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isDate', 'isRegExp', 'isArrayBuffer', 'isSharedArrayBuffer',
  'isAnyArrayBuffer', 'isDataView', 'isNumberObject', 'isStringObject', 'isBooleanObject', 'isBigIntObject',
  'isSymbolObject', 'isBoxedPrimitive', 'isPromise', 'isProxy', 'isNativeError', 'isTypedArray'];
for (const check of checks) console.log(check.padEnd(20), values.map((value) => (types[check](value) ? 1 : 0)).join(''));
// A TextDecoder takes views and buffers alike.
const decoder = new TextDecoder();
console.log(decoder.decode(Buffer.from('view')), decoder.decode(new Uint8Array([104, 105]).buffer),
  decoder.decode(new DataView(new Uint8Array([111, 107]).buffer)));
console.log(structuredClone({ m: new Map([[1, new Set([2])]]), d: new Date(0), r: /z/g, b: Object(2n), n: Object(3) }));
