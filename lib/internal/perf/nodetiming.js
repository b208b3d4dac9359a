'use strict';
// performance.nodeTiming: when the process reached each stage of start-up, and the loop's
// idle time, in performance time (-1 for a stage not reached yet).

const { PerformanceEntry, kConstruct } = require('internal/perf/performance_entry');
const { now, fromHrtime } = require('internal/perf/utils');
const { customInspect } = require('internal/util');

const binding = internalBinding('performance');
// Must match PerformanceBinding.Milestone in Sources/Bindings/PerformanceBinding.swift.
const kMilestones = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart', 'loopExit'];
const milestoneTimes = new Float64Array(kMilestones.length);

function milestone(index) {
  binding.milestones(milestoneTimes);
  return fromHrtime(milestoneTimes[index]);
}

class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kConstruct) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return milestone(0); }
  get v8Start() { return milestone(1); }
  get environment() { return milestone(2); }
  get bootstrapComplete() { return milestone(3); }
  get loopStart() { return milestone(4); }
  get loopExit() { return milestone(5); }
  get idleTime() { return milestone(4) === -1 ? 0 : binding.loopIdleTime(); }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'PerformanceNodeTiming', this.toJSON(), depth, options);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
Object.defineProperty(PerformanceNodeTiming.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceNodeTiming', writable: false, enumerable: false, configurable: true,
});

const nodeTiming = new PerformanceNodeTiming(kConstruct);

module.exports = { PerformanceNodeTiming, nodeTiming };
