'use strict';
// monitorEventLoopDelay(): a histogram of how late a repeating timer fires, in nanoseconds.

const { validateInteger, validateObject } = require('internal/validators');
const { Histogram, HistogramState, kConstruct, kState } = require('internal/histogram');
const { hrtimeNs } = require('internal/perf/utils');

const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');

class IntervalHistogram extends Histogram {
  constructor(token, state, resolution) {
    super(token, state);
    this[kResolution] = resolution;
    this[kTimer] = undefined;
  }

  enable() {
    if (this[kTimer] !== undefined) return false;
    const state = this[kState];
    let previous = hrtimeNs();
    this[kTimer] = setInterval(() => {
      const current = hrtimeNs();
      const delay = Math.round(current - previous);
      previous = current;
      if (delay > 0) state.record(delay);
    }, this[kResolution]);
    this[kTimer].unref();
    return true;
  }

  disable() {
    if (this[kTimer] === undefined) return false;
    clearInterval(this[kTimer]);
    this[kTimer] = undefined;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstruct, new HistogramState(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

module.exports = { IntervalHistogram, monitorEventLoopDelay };
