'use strict';
// import() from CommonJS returns a promise: the module runs after the current synchronous code,
// the namespace has the CommonJS module's exports, and a module is evaluated only once.
const first = import('./fixtures/order-1.mjs');
console.log('after import() call');
Promise.resolve().then(() => console.log('microtask'));
first.then(async (namespace) => {
  console.log('namespace', namespace);
  const again = await import('./fixtures/order-1.mjs');
  console.log('same namespace', again === namespace);
  const cjs = await import('./fixtures/common.cjs');
  console.log(cjs, cjs.default === require('./fixtures/common.cjs'));
  const builtin = await import('fs');
  console.log(builtin.default === require('fs'), builtin.readFileSync === require('fs').readFileSync);
});
