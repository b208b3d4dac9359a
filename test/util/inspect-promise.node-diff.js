'use strict';
// util.inspect shows a promise's state and value, and util.types.isPromise is a brand check:
// the engine's own promise state, read natively.
const util = require('util');
const rejected = Promise.reject(new RangeError('boom'));
rejected.catch(() => {});
const withProperty = Promise.resolve(1);
withProperty.extra = 'x';
class MyPromise extends Promise {}
const cases = [
  Promise.resolve(42), Promise.resolve({ a: { b: { c: {} } } }), new Promise(() => {}), (async () => 'done')(),
  withProperty, MyPromise.resolve([1, 2]), [Promise.resolve('in array')], { nested: Promise.resolve(null) },
];
for (const value of cases) console.log(util.inspect(value, { depth: 1 }));
console.log(util.inspect(rejected).split('\n')[0], util.inspect(rejected).split('\n').length > 1);
const settledLater = new Promise((resolve) => setImmediate(() => resolve('later')));
console.log(util.inspect(settledLater));
settledLater.then(() => console.log(util.inspect(settledLater)));
console.log([
  util.types.isPromise(Promise.resolve()), util.types.isPromise(new Proxy(Promise.resolve(), {})),
  util.types.isPromise(Object.create(Promise.prototype)), util.types.isPromise({ then() {} }),
  util.types.isPromise(Object.setPrototypeOf(Promise.resolve(), null)), util.types.isPromise(MyPromise.resolve()),
].join());
