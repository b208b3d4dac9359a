'use strict';
// Timers and immediates. One libuv timer serves every JS timer: timers with the same duration
// share a list (so each list is ordered by expiry), and a binary heap orders the lists by their
// next expiry. Swift calls processTimers(now) and processImmediate() again and again, one
// callback per call, so that promise jobs run between callbacks as in Node.

const binding = internalBinding('timers');
const { scheduleTimer, toggleImmediateRef, getLibuvNow, immediateInfo, timerInfo } = binding;
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const { runNextTicks } = require('internal/process/task_queues');

// Must match kCount, kRefCount, kIdleStarted in Sources/Bindings/TimersBinding.swift.
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const kIdleStarted = 3;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const kTimeout = Symbol('timeout');
const kContext = Symbol('asyncContext');

let asyncIdCounter = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
// Must match kTimerRefCount in Sources/Bindings/TimersBinding.swift. The count of ref'd timers
// lives where the native side reads it: after every entry into JavaScript it refs or unrefs the
// one libuv timer to match, so counting costs no native call.
const kTimerRefCount = 0;
const knownTimersById = { __proto__: null };
const timerListMap = { __proto__: null };

// --- AsyncLocalStorage context capture (replaced by async_hooks when loaded) ---
let captureContext = (resource, type) => undefined;
let runInContext = (context, fn, thisArg, args) => Reflect.apply(fn, thisArg, args);
let destroyed = (resource) => {};
function setContextHooks(capture, run, destroy) {
  captureContext = capture;
  runInContext = run;
  destroyed = destroy;
}
// One sequence of async ids for every resource (timers here, the rest in async_hooks).
function nextAsyncId() { return ++asyncIdCounter; }

// --- intrusive doubly linked lists ---
function listPeek(list) { return list._idlePrev === list ? null : list._idlePrev; }
function listIsEmpty(list) { return list._idleNext === list; }
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

// --- binary heap of lists ordered by (expiry, id) ---
class ListQueue {
  constructor() { this.heap = [null]; this.size = 0; }
  peek() { return this.size === 0 ? null : this.heap[1]; }
  less(a, b) { return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id); }
  insert(item) {
    const heap = this.heap;
    let pos = ++this.size;
    while (pos > 1) {
      const parent = heap[pos >> 1];
      if (!this.less(item, parent)) break;
      heap[pos] = parent;
      parent.priorityQueuePosition = pos;
      pos >>= 1;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  percolateDown(pos) {
    const heap = this.heap;
    const size = this.size;
    const item = heap[pos];
    while (pos * 2 <= size) {
      let child = pos * 2;
      if (child + 1 <= size && this.less(heap[child + 1], heap[child])) child++;
      if (!this.less(heap[child], item)) break;
      heap[pos] = heap[child];
      heap[pos].priorityQueuePosition = pos;
      pos = child;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  percolateUp(pos) {
    const heap = this.heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos >> 1];
      if (!this.less(item, parent)) break;
      heap[pos] = parent;
      parent.priorityQueuePosition = pos;
      pos >>= 1;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
  removeAt(pos) {
    const heap = this.heap;
    const last = heap[this.size];
    heap[this.size--] = undefined;
    if (pos <= this.size) {
      heap[pos] = last;
      last.priorityQueuePosition = pos;
      if (pos > 1 && this.less(last, heap[pos >> 1])) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }
  shift() {
    const first = this.peek();
    if (first !== null) this.removeAt(1);
    return first;
  }
}

const queue = new ListQueue();

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

function incRefCount() {
  timerInfo[kTimerRefCount]++;
}

function decRefCount() {
  timerInfo[kTimerRefCount]--;
}

function emitOverflowWarning(after) {
  process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
    'TimeoutOverflowWarning');
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) emitOverflowWarning(after);
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
    this[kContext] = captureContext(this, 'Timeout');
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}
Timeout.prototype[Symbol.dispose] = function() { clearTimeout(this); };

function active(item) { insertGuarded(item, true, getLibuvNow()); }
function unrefActive(item) { insertGuarded(item, false, getLibuvNow()); }

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = ++asyncIdCounter;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    queue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kContext] !== undefined) destroyed(item);
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  const list = timerListMap[item._idleTimeout];
  listRemove(item);
  if (list !== undefined && listIsEmpty(list)) {
    queue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

// Runs the next due timer and returns true, or returns the next expiry when none is due:
// positive if some timer keeps the loop alive, negative if only unref'd ones remain, 0 if none.
function processTimers(now) {
  for (;;) {
    const list = queue.peek();
    if (list === null) {
      nextExpiry = Infinity;
      return 0;
    }
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return timerInfo[kTimerRefCount] > 0 ? nextExpiry : -nextExpiry;
    }
    const timer = listPeek(list);
    if (timer === null) {
      if (list === timerListMap[list.msecs]) delete timerListMap[list.msecs];
      queue.shift();
      continue;
    }
    const msecs = list.msecs;
    if (now - timer._idleStart < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      queue.percolateDown(1);
      continue;
    }
    listRemove(timer);
    if (listIsEmpty(list)) {
      if (list === timerListMap[msecs]) delete timerListMap[msecs];
      queue.removeAt(list.priorityQueuePosition);
    }
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kContext] !== undefined) destroyed(timer);
        if (timer[kRefed]) timerInfo[kTimerRefCount]--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      continue;
    }
    runTimer(timer);
    runNextTicks();
    return true;
  }
}

function runTimer(timer) {
  let start;
  if (timer._repeat) start = getLibuvNow();
  try {
    const args = timer._timerArgs;
    const context = timer[kContext];
    if (context !== undefined) runInContext(context, timer._onTimeout, timer, args ?? []);
    else if (args === undefined) timer._onTimeout();
    else Reflect.apply(timer._onTimeout, timer, args);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kContext] !== undefined) destroyed(timer);
      if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      if (timer[kRefed]) decRefCount();
    }
  }
}

// --- immediates ---
class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
// The immediates of the running check phase; those queued meanwhile wait for the next one.
let batchCursor = null;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
    this[kContext] = captureContext(this, 'Immediate');
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0 && immediateInfo[kIdleStarted] === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}
Immediate.prototype[Symbol.dispose] = function() { clearImmediate(this); };

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kContext] !== undefined) destroyed(immediate);
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  if (immediate === batchCursor) batchCursor = immediate._idleNext;
  immediateQueue.remove(immediate);
}

// Runs the next immediate of this check phase; returns true while more of the phase remain.
function processImmediate() {
  if (batchCursor === null) {
    batchCursor = immediateQueue.head;
    immediateQueue.head = immediateQueue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  while (batchCursor !== null && batchCursor._destroyed) batchCursor = batchCursor._idleNext;
  const immediate = batchCursor;
  if (immediate === null) {
    immediateInfo[kHasOutstanding] = 0;
    return false;
  }
  batchCursor = immediate._idleNext;
  if (batchCursor !== null) batchCursor._idlePrev = null;
  immediate._idleNext = immediate._idlePrev = null;
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  // The native side stops the idle handle after this check phase if no ref'd immediate is left.
  if (immediate[kRefed]) --immediateInfo[kRefCount];
  immediate[kRefed] = null;
  const callback = immediate._onImmediate;
  const args = immediate._argv;
  const context = immediate[kContext];
  if (context !== undefined) {
    try {
      runInContext(context, callback, immediate, args ?? []);
    } finally {
      destroyed(immediate);
    }
  } else if (args === undefined) {
    callback.call(immediate);
  } else {
    Reflect.apply(callback, immediate, args);
  }
  runNextTicks();
  if (batchCursor === null) {
    immediateInfo[kHasOutstanding] = 0;
    return false;
  }
  return true;
}

binding.setupTimers(processImmediate, processTimers);

function activeResourceNames() {
  const names = [];
  for (let i = 0; i < timerInfo[kTimerRefCount]; i++) names.push('Timeout');
  for (let i = 0; i < immediateInfo[kRefCount]; i++) names.push('Immediate');
  return names;
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

module.exports = {
  TIMEOUT_MAX,
  Timeout,
  Immediate,
  kRefed,
  kHasPrimitive,
  kTimeout,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  active,
  unrefActive,
  insert,
  unenroll,
  clearTimeout,
  clearImmediate,
  activeResourceNames,
  getTimerDuration,
  setContextHooks,
  nextAsyncId,
  timerListMap,
  validateFunction,
  immediateInfo,
  immediateQueue,
  kCount,
  kRefCount,
};
