'use strict';
// PerformanceEntry: the record every part of the timeline shares. Only Apus makes them.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { customInspect } = require('internal/util');

const kConstruct = Symbol('kConstruct');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

class PerformanceEntry {
  constructor(token, name, type, start, duration, detail) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
    this[kDetail] = detail;
  }

  get name() { return this[kName]; }
  get entryType() { return this[kType]; }
  get startTime() { return this[kStart]; }
  get duration() { return this[kDuration]; }

  [kInspect](depth, options) {
    return customInspect(this, this.constructor.name, this.toJSON(), depth, options);
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceEntry', writable: false, enumerable: false, configurable: true,
});

// Entries of timerify'd functions carry the call's arguments as indexed properties.
function createFunctionEntry(name, start, duration, args) {
  const entry = new PerformanceEntry(kConstruct, name, 'function', start, duration, args);
  for (let i = 0; i < args.length; i++) entry[i] = args[i];
  return entry;
}

module.exports = { PerformanceEntry, createFunctionEntry, kConstruct, kDetail };
