'use strict';
// async_hooks: AsyncLocalStorage, AsyncResource, createHook and the execution ids, over
// internal/async_context. Hooks see the resources Apus tracks: Timeout, Immediate, TickObject,
// Microtask, FSREQCALLBACK, AsyncResource and PROMISE (see internal/async_context for which).

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const asyncContext = require('internal/async_context');

asyncContext.install();

function executionAsyncId() { return asyncContext.current.asyncId; }
function triggerAsyncId() { return asyncContext.current.triggerAsyncId; }
function executionAsyncResource() { return asyncContext.current.resource; }

const kCallbacks = Symbol('kCallbacks');
const kHookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

class AsyncHook {
  constructor(callbacks) {
    const own = {};
    for (const name of kHookNames) {
      const callback = callbacks[name];
      if (callback !== undefined && typeof callback !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      own[name] = callback;
    }
    this[kCallbacks] = own;
  }

  enable() {
    asyncContext.enableHook(this[kCallbacks]);
    return this;
  }

  disable() {
    asyncContext.disableHook(this[kCallbacks]);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks ?? {});
}

const kAsyncId = Symbol('kAsyncId');
const kTriggerAsyncId = Symbol('kTriggerAsyncId');
const kStores = Symbol('kStores');

class AsyncResource {
  constructor(type, options = {}) {
    validateString(type, 'type');
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    let triggerAsyncId = options;
    let requireManualDestroy = false;
    if (typeof options !== 'number') {
      triggerAsyncId = options === undefined ? undefined : options.triggerAsyncId;
      requireManualDestroy = !!options?.requireManualDestroy;
    }
    if (triggerAsyncId === undefined) triggerAsyncId = executionAsyncId();
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    this[kAsyncId] = asyncContext.newAsyncId();
    this[kTriggerAsyncId] = triggerAsyncId;
    this[kStores] = asyncContext.current.stores;
    this.requireManualDestroy = requireManualDestroy;
    asyncContext.emitInit(this[kAsyncId], type, triggerAsyncId, this);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const context = Object.freeze({
      stores: this[kStores], asyncId: this[kAsyncId], triggerAsyncId: this[kTriggerAsyncId], resource: this,
    });
    return asyncContext.runResource(context, fn, thisArg, args, false);
  }

  // Destroy hooks run later, as Node runs them, never inside this call.
  emitDestroy() {
    const asyncId = this[kAsyncId];
    queueDestroy(asyncId);
    return this;
  }
  asyncId() { return this[kAsyncId]; }
  triggerAsyncId() { return this[kTriggerAsyncId]; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() { return self; },
        set(value) { self = value; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    validateFunction(fn, 'fn');
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const resource = new AsyncResource('AsyncLocalStorageSnapshot');
    return function runInAsyncScope(fn, ...args) {
      return resource.runInAsyncScope(fn, undefined, ...args);
    };
  }

  disable() {
    if (!this.#enabled) return;
    this.#enabled = false;
    const stores = asyncContext.current.stores;
    if (stores?.has(this)) {
      const next = new Map(stores);
      next.delete(this);
      setCurrentStores(next.size === 0 ? null : next);
    }
  }

  // Kept for compatibility with code that checks for it; contexts propagate without it.
  _propagate() {}

  enterWith(store) {
    this.#enabled = true;
    const next = new Map(asyncContext.current.stores ?? []);
    next.set(this, store);
    setCurrentStores(next);
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const next = new Map(asyncContext.current.stores ?? []);
    next.set(this, store);
    return asyncContext.runInContext(asyncContext.withStores(next), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    const stores = asyncContext.current.stores;
    let next = stores;
    if (stores?.has(this)) {
      next = new Map(stores);
      next.delete(this);
    }
    return asyncContext.runInContext(asyncContext.withStores(next), callback, null, args);
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return asyncContext.current.stores?.get(this);
  }
}

const pendingDestroys = [];
function queueDestroy(asyncId) {
  pendingDestroys.push(asyncId);
  if (pendingDestroys.length > 1) return;
  // A promise job, not a timer or tick: those are resources hooks would see.
  Promise.resolve().then(() => {
    const ids = pendingDestroys.splice(0);
    for (const id of ids) asyncContext.emitDestroy(id);
  });
}

function setCurrentStores(stores) {
  asyncContext.enter(asyncContext.withStores(stores));
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId,
  executionAsyncResource,
  triggerAsyncId,
};
