// AsyncLocalStorage follows each request through await, timers, ticks, microtasks and promise
// reactions, and AsyncResource/snapshot carry a context by hand.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const log = [];
const delay = (ms, value) => new Promise((resolve) => setTimeout(resolve, ms, value));
async function handle(id) {
  log.push(`${id} start ${als.getStore().id}`);
  await delay(id * 20);
  log.push(`${id} after await ${als.getStore().id}`);
  await Promise.all([delay(1), null]);
  try {
    await Promise.reject(new Error('no'));
  } catch {
    log.push(`${id} in catch ${als.getStore().id}`);
  }
  await new Promise((resolve) => {
    setImmediate(() => { log.push(`${id} immediate ${als.getStore().id}`); resolve(); });
  });
  await new Promise((resolve) => process.nextTick(() => { log.push(`${id} tick ${als.getStore().id}`); resolve(); }));
  await Promise.resolve().then(() => log.push(`${id} then ${als.getStore().id}`));
  return als.getStore().id;
}
Promise.all([als.run({ id: 1 }, handle, 1), als.run({ id: 2 }, handle, 2)]).then((ids) => {
  for (const id of [1, 2]) console.log(log.filter((line) => line.startsWith(`${id} `)).join('\n'));
  console.log('results', ids, 'outside', als.getStore());
  als.enterWith({ id: 'entered' });
  console.log('enterWith', als.getStore().id);
  als.disable();
  console.log('disabled', als.getStore());
});
const snapshot = als.run({ id: 'snap' }, () => AsyncLocalStorage.snapshot());
console.log('snapshot', snapshot(() => als.getStore().id), als.getStore());
const resource = als.run({ id: 'res' }, () => new AsyncResource('demo'));
console.log('resource', resource.runInAsyncScope(() => als.getStore().id), executionAsyncId() > 0, triggerAsyncId());
console.log('exit', als.run({ id: 'x' }, () => als.exit(() => als.getStore())));
for (const bad of [() => new AsyncResource(1), () => AsyncLocalStorage.bind(1), () => resource.bind(null)]) {
  try { bad() } catch (e) { console.log(e.code, e.message) }
}
