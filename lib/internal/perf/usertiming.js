'use strict';
// User timing: performance.mark() and performance.measure().

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS },
} = require('internal/errors');
const { validateNumber, validateObject } = require('internal/validators');
const { PerformanceEntry, kConstruct, kDetail } = require('internal/perf/performance_entry');
const { enqueue, bufferedEntries } = require('internal/perf/observe');
const { now } = require('internal/perf/utils');

const kNodeTimingNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

function cloneDetail(detail) {
  if (detail == null) return null;
  return structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    if (kNodeTimingNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kConstruct, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }

  get detail() { return this[kDetail]; }

  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceMark', writable: false, enumerable: false, configurable: true,
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(token, name, start, duration, detail) {
    super(token, name, 'measure', start, duration, detail);
  }

  get detail() { return this[kDetail]; }

  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceMeasure', writable: false, enumerable: false, configurable: true,
});

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  return entry;
}

// A mark's time: a number as given, a node milestone, or the latest mark of that name.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (kNodeTimingNames.has(name)) return require('internal/perf/nodetiming').nodeTiming[name];
  const marks = bufferedEntries().filter((entry) => entry.entryType === 'mark' && entry.name === name);
  if (marks.length === 0) {
    const { DOMException } = require('internal/per_context/domexception');
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return marks[marks.length - 1].startTime;
}

function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start, end, duration, detail;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    ({ start, end, duration, detail } = startOrOptions);
    if (endMark !== undefined) throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start === undefined && end === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options.start, options.end, and options.duration specified');
    }
  } else {
    start = startOrOptions;
    end = endMark;
  }
  let endTime, startTime;
  if (end !== undefined) {
    endTime = markTime(end);
  } else if (start !== undefined && duration !== undefined) {
    endTime = markTime(start) + duration;
  } else {
    endTime = now();
  }
  if (start !== undefined) {
    startTime = markTime(start);
  } else if (duration !== undefined && end !== undefined) {
    startTime = endTime - duration;
  } else {
    startTime = 0;
  }
  const entry = new PerformanceMeasure(kConstruct, name, startTime, endTime - startTime, cloneDetail(detail));
  enqueue(entry);
  return entry;
}

module.exports = { PerformanceMark, PerformanceMeasure, mark, measure };
