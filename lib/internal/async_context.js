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
  trackedPromise.install();
}
function disableHook(callbacks) {
  activeHooks = activeHooks.filter((each) => each !== callbacks);
  if (activeHooks.length === 0) trackedPromise.uninstall();
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
function emitPromiseResolve(asyncId) { if (activeHooks.length > 0) emitHook('promiseResolve', [asyncId]); }

// PROMISE resources. The engine has no promise hooks, so while a hook is enabled the global
// Promise is a constructor that tracks what it makes (new Promise, Promise.resolve and the other
// statics), and then/catch/finally track the promise they return; an async function's own
// promise and its awaits are not seen. A promise first met when its reaction runs (made before
// any hook was enabled) gets its id then, without an init, as Node gives it one.
const promiseEntries = new WeakMap();   // promise -> { asyncId, triggerAsyncId }
function promiseEntry(promise, triggerAsyncId = current.asyncId) {
  let entry = promiseEntries.get(promise);
  if (entry === undefined) {
    entry = { asyncId: newAsyncId(), triggerAsyncId };
    promiseEntries.set(promise, entry);
  }
  return entry;
}
// A promise made now: its entry, and its init hook.
function trackPromise(promise, triggerAsyncId) {
  if (promiseEntries.has(promise)) return promiseEntries.get(promise);
  const entry = promiseEntry(promise, triggerAsyncId);
  emitInit(entry.asyncId, 'PROMISE', triggerAsyncId, promise);
  return entry;
}

const trackedPromise = (() => {
  const IntrinsicPromise = globalThis.Promise;
  const intrinsicResolve = IntrinsicPromise.resolve;
  let made;
  function make() {
    // A resolving function reports promiseResolve once, on its first call.
    const reporting = (settle, entry) => function(value) {
      if (!entry.settled) {
        entry.settled = true;
        if (entry.asyncId !== undefined) emitPromiseResolve(entry.asyncId);
      }
      return settle(value);
    };
    function Promise(executor) {
      if (new.target === undefined) return Reflect.apply(IntrinsicPromise, this, [executor]);
      const target = new.target === Promise ? IntrinsicPromise : new.target;
      if (typeof executor !== 'function' || activeHooks.length === 0) return Reflect.construct(IntrinsicPromise, [executor], target);
      const pending = { asyncId: undefined, settled: false };
      const promise = Reflect.construct(IntrinsicPromise, [function(resolve, reject) {
        return Reflect.apply(executor, this, [reporting(resolve, pending), reporting(reject, pending)]);
      }], target);
      pending.asyncId = trackPromise(promise, current.asyncId).asyncId;
      if (pending.settled) emitPromiseResolve(pending.asyncId);
      return promise;
    }
    Object.defineProperty(Promise, 'prototype', { __proto__: null, value: IntrinsicPromise.prototype, writable: false });
    for (const name of Reflect.ownKeys(IntrinsicPromise)) {
      if (name === 'prototype' || name === 'length' || name === 'name') continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(IntrinsicPromise, name);
      if (typeof descriptor.value === 'function') {
        const method = descriptor.value;
        descriptor.value = {
          [name](...args) {
            // Promise.resolve(p) is p itself for a plain promise, as with the engine's own.
            if (method === intrinsicResolve && this === Promise && args[0] instanceof IntrinsicPromise &&
                args[0].constructor === IntrinsicPromise) {
              return args[0];
            }
            return Reflect.apply(method, this, args);
          },
        }[name];
        Object.defineProperty(descriptor.value, 'length', { __proto__: null, value: method.length });
      }
      Reflect.defineProperty(Promise, name, descriptor);
    }
    return Promise;
  }
  return {
    install() {
      if (globalThis.Promise !== IntrinsicPromise) return;
      made ??= make();
      globalThis.Promise = made;
    },
    uninstall() {
      if (made !== undefined && globalThis.Promise === made) globalThis.Promise = IntrinsicPromise;
    },
  };
})();

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
  // Promise reactions registered with then/catch/finally run in the registering context. While
  // hooks are enabled a reaction is the callback of the promise `then` returned: before and
  // after around it (after also when a hook was enabled during it), promiseResolve once it
  // settled that promise.
  const { then } = Promise.prototype;
  const bindReaction = (reaction, context, derived) => (typeof reaction !== 'function' ? reaction :
    function(value) {
      if (activeHooks.length === 0) {
        try {
          return runInContext(context, reaction, this, [value]);
        } finally {
          if (activeHooks.length > 0) emitAfter(promiseEntry(derived.promise).asyncId);
        }
      }
      const entry = promiseEntry(derived.promise);
      emitBefore(entry.asyncId);
      const reactionContext = { stores: context.stores, asyncId: entry.asyncId, triggerAsyncId: entry.triggerAsyncId, resource: derived.promise };
      try {
        return runInContext(reactionContext, reaction, this, [value]);
      } finally {
        emitPromiseResolve(entry.asyncId);
        emitAfter(entry.asyncId);
      }
    });
  // A missing handler still settles the derived promise in a job of its own, which hooks see.
  const passValue = (value) => value;
  const passReason = (reason) => { throw reason; };
  Object.defineProperty(Promise.prototype, 'then', {
    __proto__: null,
    writable: true,
    enumerable: false,
    configurable: true,
    value: {
      then(onFulfilled, onRejected) {
        const context = current;
        const derived = { promise: undefined };
        if (activeHooks.length > 0) {
          if (typeof onFulfilled !== 'function') onFulfilled = passValue;
          if (typeof onRejected !== 'function') onRejected = passReason;
        }
        derived.promise = Reflect.apply(then, this, [bindReaction(onFulfilled, context, derived), bindReaction(onRejected, context, derived)]);
        if (activeHooks.length > 0) trackPromise(derived.promise, promiseEntry(this).asyncId);
        return derived.promise;
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
