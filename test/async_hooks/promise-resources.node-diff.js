// Hooks see PROMISE resources: promises made through Promise and its statics and the promises
// then/catch/finally return, with the parent promise as trigger; a reaction is the callback of
// the promise `then` returned (before/after, executionAsyncId), and settling reports
// promiseResolve. Ids are printed in the order first seen, so the output compares with node's.
const async_hooks = require('async_hooks');
const names = new Map();
const name = (id) => {
  if (id <= 1) return String(id);
  if (!names.has(id)) names.set(id, `p${names.size}`);
  return names.get(id);
};
const events = [];
const hook = async_hooks.createHook({
  init(id, type, trigger, resource) {
    if (type === 'PROMISE') events.push(`init ${name(id)} from ${name(trigger)} ${resource instanceof Promise}`);
  },
  before(id) { if (names.has(id)) events.push(`before ${name(id)}`); },
  after(id) { if (names.has(id)) events.push(`after ${name(id)}`); },
  promiseResolve(id) { if (names.has(id)) events.push(`resolve ${name(id)}`); },
}).enable();

const first = new Promise((resolve) => resolve('value'));
first.then((value) => {
  events.push(`in reaction ${name(async_hooks.executionAsyncId())} triggered by ${name(async_hooks.triggerAsyncId())}`);
  Promise.resolve(value.length);
  return value.length;
}).catch(() => {}).finally(() => {
  hook.disable();
  new Promise(() => {});   // made with no hook enabled: unseen
  setImmediate(() => {
    console.log(events.join('\n'));
    console.log(Promise.resolve(first) === first, first instanceof Promise, Object.getPrototypeOf(first) === Promise.prototype);
  });
});
