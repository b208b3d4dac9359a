'use strict';
// The performance timeline: buffered entries (marks, measures, resource timings) and
// PerformanceObservers, which receive new entries of the types they watch in batches, on the
// next turn of the event loop.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateFunction, validateObject, validateString, validateStringArray } = require('internal/validators');
const { customInspect } = require('internal/util');

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);
const kBufferedTypes = new Set(['mark', 'measure', 'resource']);
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const buffers = { mark: [], measure: [], resource: [] };
let resourceBufferSize = 250;

const observers = new Set();
const pending = new Set();
let dispatchScheduled = false;

function bufferedEntries() {
  return [...buffers.mark, ...buffers.measure, ...buffers.resource].sort((a, b) => a.startTime - b.startTime);
}

function filterEntries(entries, name, type) {
  return entries.filter((entry) => (name === undefined || entry.name === name) &&
    (type === undefined || entry.entryType === type));
}

// A new entry: into the timeline's buffer if its type has one, and to every observer of its type.
function enqueue(entry) {
  const buffer = buffers[entry.entryType];
  if (buffer !== undefined && (entry.entryType !== 'resource' || buffer.length < resourceBufferSize)) buffer.push(entry);
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

function hasObserver(type) {
  for (const observer of observers) if (observer[kTypes].has(type)) return true;
  return false;
}

function clearEntries(type, name) {
  const buffer = buffers[type];
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  for (let i = buffer.length - 1; i >= 0; i--) if (buffer[i].name === name) buffer.splice(i, 1);
}

function setResourceTimingBufferSize(size) { resourceBufferSize = size; }

function scheduleDispatch(observer) {
  pending.add(observer);
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const ready = [...pending];
    pending.clear();
    for (const each of ready) each[kDispatch]();
  });
}

const kConstruct = Symbol('kConstruct');
const kEntries = Symbol('kEntries');

class PerformanceObserverEntryList {
  constructor(token, entries) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kEntries] = entries.sort((a, b) => a.startTime - b.startTime);
  }

  getEntries() { return this[kEntries].slice(); }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this[kEntries], undefined, `${type}`);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this[kEntries], `${name}`, type === undefined ? undefined : `${type}`);
  }

  [kInspect](depth, options) {
    return customInspect(this, 'PerformanceObserverEntryList', this[kEntries], depth, options);
  }
}

const kCallback = Symbol('kCallback');
const kTypes = Symbol('kTypes');
const kQueue = Symbol('kQueue');
const kMode = Symbol('kMode');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this[kCallback] = callback;
    this[kTypes] = new Set();
    this[kQueue] = [];
    this[kMode] = undefined;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (this[kMode] === 'single') {
        throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                        'options.entryTypes can not be used after observing a single type');
      }
      validateStringArray(entryTypes, 'options.entryTypes');
      this[kMode] = 'multiple';
      this[kTypes].clear();
      for (const each of entryTypes) if (kSupportedEntryTypes.includes(each)) this[kTypes].add(each);
    } else {
      if (this[kMode] === 'multiple') {
        throw new ERR_INVALID_ARG_VALUE('options.type', type, 'options.type can not be used after observing entryTypes');
      }
      validateString(type, 'options.type');
      this[kMode] = 'single';
      if (!kSupportedEntryTypes.includes(type)) return;
      this[kTypes].add(type);
      if (buffered && kBufferedTypes.has(type)) {
        const existing = buffers[type];
        if (existing.length > 0) {
          this[kQueue].push(...existing);
          scheduleDispatch(this);
        }
      }
    }
    if (this[kTypes].size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this[kTypes].clear();
    this[kQueue] = [];
    this[kMode] = undefined;
  }

  takeRecords() {
    const records = this[kQueue];
    this[kQueue] = [];
    return records;
  }

  static get supportedEntryTypes() { return kSupportedEntryTypes; }

  [kMaybeBuffer](entry) {
    if (!this[kTypes].has(entry.entryType)) return;
    this[kQueue].push(entry);
    scheduleDispatch(this);
  }

  [kDispatch]() {
    const entries = this.takeRecords();
    if (entries.length === 0) return;
    const list = new PerformanceObserverEntryList(kConstruct, entries);
    Reflect.apply(this[kCallback], this, [list, this]);
  }

  [kInspect](depth, options) {
    const shown = { connected: observers.has(this), pending: pending.has(this), entryTypes: [...this[kTypes]], buffer: this[kQueue] };
    return customInspect(this, 'PerformanceObserver', shown, depth, options);
  }
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  hasObserver,
  clearEntries,
  bufferedEntries,
  filterEntries,
  setResourceTimingBufferSize,
};
