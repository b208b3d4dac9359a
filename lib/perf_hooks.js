'use strict';
// performance: now(), timeOrigin, marks and measures. Observers and histograms come later.

const { codes: { ERR_NOT_IMPLEMENTED, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { hrtime } = internalBinding('process_methods');

const hr = new Uint32Array(3);
function nowMs() {
  hrtime(hr);
  return (hr[0] * 0x100000000 + hr[1]) * 1e3 + hr[2] / 1e6;
}
const startMs = nowMs() - process.uptime() * 1e3;
const timeOrigin = Date.now() - process.uptime() * 1e3;

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = {}) {
    super(`${name}`, 'mark', options.startTime ?? now(), 0, options.detail ?? null);
  }
}
class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function now() { return nowMs() - startMs; }

function markTime(name) {
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const { DOMException } = require('internal/per_context/domexception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

const performance = {
  now,
  get timeOrigin() { return timeOrigin; },
  mark(name, options) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  },
  measure(name, startOrOptions, endMark) {
    let start, end, detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      ({ start, end, detail } = startOrOptions);
      if (startOrOptions.duration !== undefined && end === undefined) end = markTime(start ?? 0) + startOrOptions.duration;
    } else {
      start = startOrOptions;
      end = endMark;
    }
    const startTime = start === undefined ? 0 : markTime(start);
    const endTime = end === undefined ? now() : markTime(end);
    const measure = new PerformanceMeasure(`${name}`, 'measure', startTime, endTime - startTime, detail ?? null);
    entries.push(measure);
    return measure;
  },
  clearMarks(name) { removeEntries('mark', name); },
  clearMeasures(name) { removeEntries('measure', name); },
  clearResourceTimings() {},
  getEntries() { return entries.slice().sort((a, b) => a.startTime - b.startTime); },
  getEntriesByName(name, type) {
    return performance.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  },
  getEntriesByType(type) { return performance.getEntries().filter((e) => e.entryType === type); },
  timerify(fn) {
    validateFunction(fn, 'fn');
    return function timerified(...args) {
      return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    };
  },
  eventLoopUtilization() { throw new ERR_NOT_IMPLEMENTED('performance.eventLoopUtilization()'); },
  toJSON() { return { nodeTiming: {}, timeOrigin, eventLoopUtilization: {} }; },
};
Object.defineProperty(performance, Symbol.toStringTag, { __proto__: null, value: 'Performance', configurable: true });

function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

class PerformanceObserver {
  constructor() { throw new ERR_NOT_IMPLEMENTED('PerformanceObserver'); }
}

module.exports = {
  performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  monitorEventLoopDelay() { throw new ERR_NOT_IMPLEMENTED('perf_hooks.monitorEventLoopDelay()'); },
  createHistogram() { throw new ERR_NOT_IMPLEMENTED('perf_hooks.createHistogram()'); },
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
