'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy. Their size functions are one function
// each for the whole runtime, as the standard requires.

const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
const { defineState, requireBrand, dictionary, customInspect } = require('internal/webstreams/util');

const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function highWaterMarkOf(init) {
  const { highWaterMark } = dictionary(init, 'init');
  if (highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(highWaterMark);
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    defineState(this, 'ByteLengthQueuingStrategy', { highWaterMark: highWaterMarkOf(init) });
  }

  get highWaterMark() {
    return requireBrand(this, 'ByteLengthQueuingStrategy').highWaterMark;
  }

  get size() {
    requireBrand(this, 'ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'ByteLengthQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options);
  }
}

class CountQueuingStrategy {
  constructor(init) {
    defineState(this, 'CountQueuingStrategy', { highWaterMark: highWaterMarkOf(init) });
  }

  get highWaterMark() {
    return requireBrand(this, 'CountQueuingStrategy').highWaterMark;
  }

  get size() {
    requireBrand(this, 'CountQueuingStrategy');
    return countSize;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'CountQueuingStrategy', { highWaterMark: this.highWaterMark }, depth, options);
  }
}

for (const [Class, name] of [[ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy'],
  [CountQueuingStrategy, 'CountQueuingStrategy']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
