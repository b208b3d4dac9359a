'use strict';
// structuredClone over plain objects, arrays (sparse, with extra keys), class instances, every
// cloneable kind and the uncloneable ones, with V8's error names.
class Point { constructor() { this.x = 1; } }
const sparse = [1, , 3];
sparse.extra = 'kept';
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
const values = [
  { a: 1, b: [1, 2, { c: 'd' }] }, sparse, new Point(), Object.create(null), cyclic,
  [new Map([[{ k: 1 }, new Set([1])]]), new Date(5), /re/gi, Object(1), Object('s'), Object(false), Object(2n)],
  new Uint16Array([1, 2]), new DataView(new ArrayBuffer(2)), new ArrayBuffer(3),
  Object.create(Map.prototype), JSON.parse('{"x":[1,{"y":null}]}'),
];
for (const value of values) console.log(structuredClone(value));
const error = structuredClone(new RangeError('e', { cause: 'c' }));
console.log(error instanceof RangeError, error.message, error.cause, Object.keys(error));
for (const value of [Promise.resolve(), new WeakMap(), new WeakSet(), new Proxy({ a: 1 }, {}), new Proxy([1], {}),
  new Proxy(new Map(), {}), () => {}, Symbol('s'), Object(Symbol('t'))]) {
  try {
    structuredClone(value);
    console.log('cloned?');
  } catch (error) {
    console.log(error.name, error.message);
  }
}
