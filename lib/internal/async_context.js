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

function newAsyncId() { return timers.nextAsyncId(); }

// createHook: the enabled hooks' callbacks, replaced (never changed) on enable and disable, so
// a hook enabled by a hook sees only later events.
let activeHooks = [];
function enableHook(callbacks) {
  if (!activeHooks.includes(callbacks)) activeHooks = [...activeHooks, callbacks];
}
function disableHook(callbacks) {
  activeHooks = activeHooks.filter((each) => each !== callbacks);
}

// An exception in a hook ends the process as an uncaught exception no listener may catch.
function hookFailed(error) {
  process.removeAllListeners('uncaughtException');
  require('internal/process/execution').triggerUncaughtException(error, false);
}

function emitHook(name, args) {
  const hooks = activeHooks;
  for (let i = 0; i < hooks.length; i++) {
    const callback = hooks[i][name];
    if (typeof callback !== 'function') continue;
    try {
      Reflect.apply(callback, hooks[i], args);
    } catch (error) {
      hookFailed(error);
    }
  }
}
function emitInit(asyncId, type, triggerAsyncId, resource) {
  if (activeHooks.length > 0) emitHook('init', [asyncId, type, triggerAsyncId, resource]);
}
function emitBefore(asyncId) { if (activeHooks.length > 0) emitHook('before', [asyncId]); }
function emitAfter(asyncId) { if (activeHooks.length > 0) emitHook('after', [asyncId]); }
function emitDestroy(asyncId) { if (activeHooks.length > 0) emitHook('destroy', [asyncId]); }

// Runs `fn` as the callback of a resource: its context current, before/after hooks around. As
// in Node, a callback that throws gets its 'after' only once the exception has been handled
// (an 'uncaughtException' listener, a domain): until then the hooks' state (an entered domain)
// is what the handler sees.
// AsyncResource#runInAsyncScope passes holdAfterOnThrow false: its caller may catch.
const pendingAfter = [];
function runResource(context, fn, thisArg, args, holdAfterOnThrow = true) {
  emitBefore(context.asyncId);
  let threw = true;
  try {
    const result = runInContext(context, fn, thisArg, args);
    threw = false;
    return result;
  } finally {
    if (threw && holdAfterOnThrow) pendingAfter.push(context.asyncId);
    else emitAfter(context.asyncId);
  }
}

function emitPendingAfter() {
  const ids = pendingAfter.splice(0);
  for (const asyncId of ids) emitAfter(asyncId);
}

// The context a resource created now runs its callback in; its init hook is emitted.
function resourceContext(resource, type, asyncId = newAsyncId()) {
  emitInit(asyncId, type, current.asyncId, resource);
  return Object.freeze({ stores: current.stores, asyncId, triggerAsyncId: current.asyncId, resource });
}

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

// Makes `context` current until something else does (AsyncLocalStorage#enterWith, disable).
function enter(context) { current = context; }

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
  // A native request's callback (type: the resource type hooks see), run once.
  bind(fn, type, resource) {
    const context = resourceContext(resource, type);
    return function(...args) {
      try {
        return runResource(context, fn, this, args);
      } finally {
        emitDestroy(context.asyncId);
      }
    };
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
  // Timers and immediates run in the context that scheduled them, as their own resource.
  timers.setContextHooks(
    (timer, type) => resourceContext(timer, type, timer[timers.asyncIdSymbol]),
    (context, fn, thisArg, args) => runResource(context, fn, thisArg, args),
    (timer) => emitDestroy(timer[timers.asyncIdSymbol]));
  // process.nextTick and queueMicrotask: a resource each, done once it has run.
  taskQueues.setStoreHooks(
    (resource, type) => resourceContext(resource, type),
    (context, fn, args) => {
      try {
        return runResource(context, fn, undefined, args ?? []);
      } finally {
        emitDestroy(context.asyncId);
      }
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
  require('internal/process/execution').setAfterUncaughtHandled(emitPendingAfter);
  // Modules loaded from now on carry the context across `await`.
  require('internal/modules/cjs/loader').enableAwaitTransform();
}

module.exports = {
  enter, runInContext, runResource, withStores, newAsyncId, install, enableHook, disableHook, emitInit, emitDestroy,
};

Object.defineProperty(module.exports, 'current', { __proto__: null, get: () => current });
