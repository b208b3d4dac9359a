'use strict';
// The Performance interface and its one instance, `performance`.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS } } = require('internal/errors');
const { EventTarget } = require('internal/event_target');
const { validateInteger } = require('internal/validators');
const { customInspect } = require('internal/util');
const { now, timeOrigin } = require('internal/perf/utils');
const observe = require('internal/perf/observe');
const { mark, measure } = require('internal/perf/usertiming');

const kConstruct = Symbol('kConstruct');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

class Performance extends EventTarget {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  now() { return now(); }
  get timeOrigin() { return timeOrigin; }

  mark(name, options) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return Reflect.apply(measure, undefined, arguments);
  }

  clearMarks(name) { observe.clearEntries('mark', name === undefined ? undefined : `${name}`); }
  clearMeasures(name) { observe.clearEntries('measure', name === undefined ? undefined : `${name}`); }
  clearResourceTimings(name) { observe.clearEntries('resource', name === undefined ? undefined : `${name}`); }

  getEntries() { return observe.bufferedEntries(); }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return observe.filterEntries(observe.bufferedEntries(), `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return observe.filterEntries(observe.bufferedEntries(), undefined, `${type}`);
  }

  setResourceTimingBufferSize(maxSize) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    validateInteger(maxSize, 'maxSize', 0);
    observe.setResourceTimingBufferSize(maxSize);
  }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options) {
    const shown = { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization };
    return customInspect(this, 'Performance', shown, depth, options);
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', writable: false, enumerable: false, configurable: true,
});

const performance = new Performance(kConstruct);
// Node-specific members live on the instance and load on first use.
const lazyMembers = {
  nodeTiming: () => require('internal/perf/nodetiming').nodeTiming,
  eventLoopUtilization: () => require('internal/perf/event_loop_utilization').eventLoopUtilization,
  timerify: () => require('internal/perf/timerify').timerify,
  markResourceTiming: () => require('internal/perf/resource_timing').markResourceTiming,
};
for (const name of Object.keys(lazyMembers)) {
  Object.defineProperty(performance, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = lazyMembers[name]();
      Object.defineProperty(performance, name, { __proto__: null, value, configurable: true, enumerable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(performance, name, { __proto__: null, value, configurable: true, enumerable: true, writable: true });
    },
  });
}

module.exports = { Performance, performance };
