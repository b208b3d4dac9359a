// createHook: every tracked resource gets init, then before/after around each callback, then
// destroy; a cleared timer gets init and destroy only; hooks validate their callbacks.
const assert = require('assert');
const { createHook, AsyncResource, executionAsyncId } = require('async_hooks');
const tracked = new Set(['Timeout', 'Immediate', 'TickObject', 'Demo']);
const log = new Map();   // asyncId -> { type, events: [] }
const hook = createHook({
  init(id, type, trigger, resource) {
    if (!tracked.has(type)) return;
    assert.strictEqual(trigger, executionAsyncId());
    assert.strictEqual(typeof resource, 'object');
    log.set(id, { type, events: ['init'] });
  },
  before(id) { log.get(id)?.events.push('before'); },
  after(id) { log.get(id)?.events.push('after'); },
  destroy(id) { log.get(id)?.events.push('destroy'); },
}).enable();
let cleared;
setImmediate(() => {
  process.nextTick(() => {});
  setTimeout(() => {
    const resource = new AsyncResource('Demo');
    resource.runInAsyncScope(() => assert.strictEqual(executionAsyncId(), resource.asyncId()));
    resource.emitDestroy();
    cleared = setTimeout(() => {}, 1000);
    clearTimeout(cleared);
    setImmediate(() => setImmediate(check));
  }, 1);
});
function check() {
  hook.disable();
  const byType = (type) => [...log.values()].filter((entry) => entry.type === type);
  for (const type of ['Immediate', 'TickObject', 'Timeout', 'Demo']) assert.ok(byType(type).length > 0, type);
  for (const { type, events } of log.values()) {
    // Still pending, or running now (the immediate calling this), when the hook was disabled.
    if (events.length === 1 || events[events.length - 1] === 'before') continue;
    const ran = events.includes('before');
    const expected = ran ? ['init', 'before', 'after', 'destroy'] : ['init', 'destroy'];
    assert.deepStrictEqual(events, expected, `${type}: ${events}`);
  }
  assert.deepStrictEqual(byType('Timeout').map((entry) => entry.events.includes('before')).sort(), [false, true]);
  for (const bad of [{ init: 1 }, { destroy: 'x' }]) {
    assert.throws(() => createHook(bad), { code: 'ERR_ASYNC_CALLBACK', name: 'TypeError' });
  }
}
