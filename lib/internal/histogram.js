'use strict';
// Histograms of positive integers (nanoseconds, usually). Values keep `figures` significant
// decimal digits, so memory stays bounded however many values are recorded; values below
// 10^figures are exact.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { kClone } = require('internal/worker/js_transferable');
const { customInspect } = require('internal/util');

const kConstruct = Symbol('kConstruct');
const kState = Symbol('kState');
const kMaxInt64 = 9223372036854775807n;

class HistogramState {
  constructor(lowest, highest, figures) {
    this.lowest = lowest;
    this.highest = highest;
    this.precision = 10 ** figures;
    this.reset();
  }

  reset() {
    this.counts = new Map();   // rounded value -> how many
    this.count = 0;
    this.min = kMaxInt64;
    this.max = 0n;
    this.sum = 0;
    this.sumOfSquares = 0;
    this.exceeds = 0;
    this.previousDeltaTime = 0n;
  }

  round(value) {
    if (value < this.precision) return value;
    const scale = 10 ** (Math.floor(Math.log10(value)) + 1 - Math.log10(this.precision));
    return Math.floor(value / scale) * scale;
  }

  record(value) {
    if (value < this.lowest || value > this.highest) {
      this.exceeds++;
      return;
    }
    const key = this.round(value);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.count++;
    const big = BigInt(value);
    if (big < this.min) this.min = big;
    if (big > this.max) this.max = big;
    this.sum += value;
    this.sumOfSquares += value * value;
  }

  mean() { return this.count === 0 ? NaN : this.sum / this.count; }

  stddev() {
    if (this.count === 0) return NaN;
    const mean = this.mean();
    return Math.sqrt(Math.max(0, this.sumOfSquares / this.count - mean * mean));
  }

  percentile(percentile) {
    if (this.count === 0) return 0;
    const keys = [...this.counts.keys()].sort((a, b) => a - b);
    const wanted = Math.max(1, Math.ceil((percentile / 100) * this.count));
    let seen = 0;
    for (const key of keys) {
      seen += this.counts.get(key);
      if (seen >= wanted) return key;
    }
    return keys[keys.length - 1];
  }

  percentiles() {
    const result = new Map();
    if (this.count === 0) {
      result.set(100, 0);
      return result;
    }
    const keys = [...this.counts.keys()].sort((a, b) => a - b);
    let seen = 0;
    result.set(0, keys[0]);
    for (const key of keys) {
      seen += this.counts.get(key);
      result.set((seen / this.count) * 100, key);
    }
    return result;
  }

  add(other) {
    for (const [key, count] of other.counts) this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    this.count += other.count;
    this.exceeds += other.exceeds;
    this.sum += other.sum;
    this.sumOfSquares += other.sumOfSquares;
    if (other.count > 0) {
      if (other.min < this.min) this.min = other.min;
      if (other.max > this.max) this.max = other.max;
    }
  }
}

function toNumber(big) { return Number(big); }

class Histogram {
  constructor(token, state) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = state;
  }

  get count() { return this[kState].count; }
  get countBigInt() { return BigInt(this[kState].count); }
  get min() { return toNumber(this[kState].min); }
  get minBigInt() { return this[kState].min; }
  get max() { return toNumber(this[kState].max); }
  get maxBigInt() { return this[kState].max; }
  get mean() { return this[kState].mean(); }
  get exceeds() { return this[kState].exceeds; }
  get exceedsBigInt() { return BigInt(this[kState].exceeds); }
  get stddev() { return this[kState].stddev(); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return this[kState].percentile(percentile);
  }

  percentileBigInt(percentile) { return BigInt(this.percentile(percentile)); }

  get percentiles() { return this[kState].percentiles(); }

  get percentilesBigInt() {
    const result = new Map();
    for (const [key, value] of this[kState].percentiles()) result.set(key, BigInt(value));
    return result;
  }

  reset() { this[kState].reset(); }

  // A clone sent through a MessagePort shares this histogram's data, as in Node.
  [kClone]() { return new Histogram(kConstruct, this[kState]); }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return `[${this.constructor.name}]`;
    const shown = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    };
    return customInspect(this, 'Histogram', shown, depth, options);
  }
}

class RecordableHistogram extends Histogram {
  record(value) {
    if (typeof value === 'bigint') {
      if (value < 1n || value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, value);
      value = Number(value);
    } else {
      validateInteger(value, 'val', 1);
    }
    this[kState].record(value);
  }

  recordDelta() {
    const state = this[kState];
    const now = process.hrtime.bigint();
    if (state.previousDeltaTime !== 0n) {
      const delta = Number(now - state.previousDeltaTime);
      if (delta > 0) state.record(delta);
    }
    state.previousDeltaTime = now;
  }

  [kClone]() { return new RecordableHistogram(kConstruct, this[kState]); }

  add(other) {
    if (!isRecordableHistogram(other)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    this[kState].add(other[kState]);
  }
}

function isHistogram(value) { return value?.[kState] instanceof HistogramState; }
function isRecordableHistogram(value) { return value instanceof RecordableHistogram && isHistogram(value); }

function validateBound(value, name, min) {
  if (typeof value === 'bigint') {
    if (value < BigInt(min) || value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
    }
    return Number(value);
  }
  validateInteger(value, name, min, Number.MAX_SAFE_INTEGER);
  return value;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const low = validateBound(lowest, 'options.lowest', 1);
  if (typeof highest === 'bigint' && highest < 2n * BigInt(low)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('options.highest', highest);
  }
  const high = validateBound(highest, 'options.highest', 2 * low);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstruct, new HistogramState(low, high, figures));
}

module.exports = {
  Histogram, RecordableHistogram, HistogramState, createHistogram, isHistogram, isRecordableHistogram, kConstruct, kState,
};
