'use strict';
// The async context: which AsyncLocalStorage stores are current, and the execution/trigger ids
// and resource of the running callback. Loaded with async_hooks; from then on it is captured
// where work is scheduled (timers, immediates, process.nextTick, queueMicrotask, promise
// reactions) and put back around the callback, and modules loaded afterwards have each `await`
// put it back when their async function continues (internal/modules/await_transform).

const timers = require('internal/timers');
const taskQueues = require('internal/process/task_queues');

// A context is immutable: { stores: Map(storage -> store) | null, asyncId, triggerAsyncId, resource }.
const topLevelResource = {};
const topLevel = Object.freeze({ stores: null, asyncId: 1, triggerAsyncId: 0, resource: topLevelResource });
let current = topLevel;
let nextAsyncId = 1_000_000;

function newAsyncId() { return ++nextAsyncId; }
function currentContext() { return current; }

// Runs `fn` with `context` current, and puts the previous one back after.
function runInContext(context, fn, thisArg, args) {
  const previous = current;
  current = context;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    current = previous;
  }
}

function withStores(stores) {
  return Object.freeze({ stores, asyncId: current.asyncId, triggerAsyncId: current.triggerAsyncId, resource: current.resource });
}

// The global `__apusAsyncContext`: what the rewritten `await` calls (save() before suspending,
// resume() on continuing), bind() for callbacks of native requests, and enterTopLevel() for each
// native event, so a context an `await` left current never leaks into unrelated work.
const asyncContextGlobal = {
  save() { return current; },
  resume(context, value) {
    current = context;
    return value;
  },
  bind(fn) {
    const context = current;
    return function(...args) { return runInContext(context, fn, this, args); };
  },
  enterTopLevel() { current = topLevel; },
};

let installed = false;
function install() {
  if (installed) return;
  installed = true;
  Object.defineProperty(globalThis, '__apusAsyncContext', {
    __proto__: null, value: asyncContextGlobal, writable: false, enumerable: false, configurable: false,
  });
  // Timers and immediates: the context of the code that scheduled them, with their own id.
  timers.setContextHooks(() => current, (context, fn, thisArg, args) => {
    const own = Object.freeze({
      stores: context.stores,
      asyncId: thisArg?.[timers.asyncIdSymbol] ?? newAsyncId(),
      triggerAsyncId: context.asyncId,
      resource: thisArg,
    });
    return runInContext(own, fn, thisArg, args);
  });
  // process.nextTick and queueMicrotask.
  taskQueues.setStoreHooks(() => current, (context, fn, args) => {
    const own = Object.freeze({ stores: context.stores, asyncId: newAsyncId(), triggerAsyncId: context.asyncId, resource: context.resource });
    return runInContext(own, fn, undefined, args ?? []);
  });
  // Promise reactions registered with then/catch/finally run in the registering context.
  const { then } = Promise.prototype;
  const bindReaction = (reaction, context) => (typeof reaction !== 'function' ? reaction :
    function(value) { return runInContext(context, reaction, this, [value]); });
  Object.defineProperty(Promise.prototype, 'then', {
    __proto__: null,
    writable: true,
    enumerable: false,
    configurable: true,
    value: {
      then(onFulfilled, onRejected) {
        const context = current;
        return Reflect.apply(then, this, [bindReaction(onFulfilled, context), bindReaction(onRejected, context)]);
      },
    }.then,
  });
  // Modules loaded from now on carry the context across `await`.
  require('internal/modules/cjs/loader').enableAwaitTransform();
}

module.exports = { currentContext, runInContext, withStores, newAsyncId, install, topLevel };

Object.defineProperty(module.exports, 'current', { __proto__: null, get: () => current });
