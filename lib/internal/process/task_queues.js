'use strict';
// process.nextTick and queueMicrotask, and the callback trampoline every native event goes through.
//
// JavaScriptCore drains promise jobs only when the outermost native call returns, so Node's
// order (callback, all ticks, promise jobs, repeat) is split between two sides: this file runs
// the callback and then the ticks, inline; the engine drains promise jobs when control returns to
// Swift; Swift then calls processTicksAndRejections() again while tickInfo says work is pending.

const { tickInfo, setupTaskQueue, setUnhandledRejectionCallback } = internalBinding('task_queue');
const { validateFunction } = require('internal/validators');
// The rejection machinery loads with the first rejected promise nobody handled.
let promisesModule;
const promises = () => (promisesModule ??= require('internal/process/promises'));
function unhandledRejection(promise, reason) { promises().unhandledRejection(promise, reason); }
function processPromiseRejections() { if (promisesModule !== undefined) promisesModule.processPromiseRejections(); }

// Must match kHasTickScheduled, kHasRejectionToWarn in Sources/Bindings/TaskQueueBinding.swift.
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

function hasRejectionToWarn() { return tickInfo[kHasRejectionToWarn] === 1; }

// A growable ring buffer: shift and push in O(1) without the cost of Array#shift. A literal,
// not a class: the code cache holds no constructor code, so `new` would compile one at start-up.
const queue = {
  items: new Array(2048),
  head: 0,
  tail: 0,
  mask: 2047,
  isEmpty() { return this.head === this.tail; },
  push(item) {
    this.items[this.tail] = item;
    this.tail = (this.tail + 1) & this.mask;
    if (this.tail === this.head) this.grow();
  },
  shift() {
    if (this.head === this.tail) return null;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    return item;
  },
  grow() {
    const old = this.items;
    const size = old.length;
    const items = new Array(size * 2);
    for (let i = 0; i < size; i++) items[i] = old[(this.head + i) & this.mask];
    this.items = items;
    this.head = 0;
    this.tail = size;
    this.mask = size * 2 - 1;
  },
};

function hasTickScheduled() { return tickInfo[kHasTickScheduled] === 1; }
function setHasTickScheduled(value) { tickInfo[kHasTickScheduled] = value ? 1 : 0; }

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  if (tickInfo[kHasTickScheduled] === 0) tickInfo[kHasTickScheduled] = 1;
  const tick = { callback, args: args.length === 0 ? undefined : args, store: undefined };
  tick.store = currentStore(tick, 'TickObject');
  queue.push(tick);
}

// The context AsyncLocalStorage sees; async_hooks replaces these hooks when first loaded.
// currentStore(resource, type) is called where work is queued, runInStore(store, fn, args,
// resource) where it runs.
let currentStore = (resource, type) => undefined;
let runInStore = (store, fn, args, resource) => (args === undefined ? fn() : Reflect.apply(fn, undefined, args));
function setStoreHooks(capture, run) {
  currentStore = capture;
  runInStore = run;
}

// Runs every queued tick, including ticks queued by ticks. An exception leaves the remaining
// ticks queued and propagates to the uncaught-exception path.
function runTicks() {
  let tick;
  while ((tick = queue.shift()) !== null) {
    const { callback, args, store } = tick;
    if (store === undefined) {
      if (args === undefined) callback();
      else callWithArray(callback, args);
    } else {
      runInStore(store, callback, args, tick);
    }
  }
  setHasTickScheduled(false);
}

// Called by Swift after each drain of promise jobs while tickInfo has work: ticks first; the
// rejections only once the ticks and the promise jobs they caused have all run.
function processTicksAndRejections() {
  if (!queue.isEmpty()) {
    runTicks();
    return;
  }
  setHasTickScheduled(false);
  processPromiseRejections();
}

function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 1) runTicks();
}

// Calls spelled out by argument count: from a call site that sees many callbacks, this engine
// makes a direct call several times faster than Reflect.apply with an array.
function callWithArray(callback, args) {
  switch (args.length) {
    case 1: return callback(args[0]);
    case 2: return callback(args[0], args[1]);
    case 3: return callback(args[0], args[1], args[2]);
    default: return Reflect.apply(callback, undefined, args);
  }
}

// Every native event enters JavaScript here: the callback, then the ticks it queued. The
// callback's arguments are named parameters; `arguments` is only forwarded whole (see emit in
// events.js for why).
function callbackTrampoline(callback, first, second) {
  globalThis.__apusAsyncContext?.enterTopLevel();
  let result;
  switch (arguments.length) {
    case 1: result = callback.call(this); break;
    case 2: result = callback.call(this, first); break;
    case 3: result = callback.call(this, first, second); break;
    default: result = callWithRestArguments.apply(this, arguments);
  }
  if (tickInfo[kHasTickScheduled] === 1) runTicks();
  return result;
}

function callWithRestArguments(callback) {
  return Reflect.apply(callback, this, Array.prototype.slice.call(arguments, 1));
}

let triggerUncaught;
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  const resource = { callback };
  const store = currentStore(resource, 'Microtask');
  Promise.resolve().then(() => {
    try {
      if (store === undefined) callback();
      else runInStore(store, callback, undefined, resource);
    } catch (error) {
      triggerUncaught ??= require('internal/process/execution').triggerUncaughtException;
      triggerUncaught(error, false);
    }
  });
}

function setupTaskQueues() {
  setupTaskQueue(processTicksAndRejections, callbackTrampoline);
  setUnhandledRejectionCallback(unhandledRejection);
}

module.exports = {
  callbackTrampoline,
  hasRejectionToWarn,
  hasTickScheduled,
  nextTick,
  queueMicrotask,
  runNextTicks,
  setStoreHooks,
  setupTaskQueues,
};
