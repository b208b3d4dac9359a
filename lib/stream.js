'use strict';
// The stream module: its export is the legacy Stream class, carrying every stream class and
// helper as properties.

const { promisify: { custom: customPromisify } } = require('internal/util');
const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const { byteViewToBuffer } = require('internal/streams/chunks');
const { isUint8Array } = require('internal/util/types');

let promises;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

function defineOperator(key, op, wrap) {
  const fn = function(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return wrap(Reflect.apply(op, this, args));
  };
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(streamReturningOperators)) {
  defineOperator(key, streamReturningOperators[key], (result) => Stream.Readable.from(result));
}
for (const key of Object.keys(promiseReturningOperators)) {
  defineOperator(key, promiseReturningOperators[key], (result) => result);
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

function loadPromises() {
  promises ??= require('stream/promises');
  return promises;
}

Object.defineProperty(Stream, 'promises', {
  __proto__: null, configurable: true, enumerable: true, get: loadPromises,
});
Object.defineProperty(pipeline, customPromisify, {
  __proto__: null, enumerable: true, get() { return loadPromises().pipeline; },
});
Object.defineProperty(eos, customPromisify, {
  __proto__: null, enumerable: true, get() { return loadPromises().finished; },
});

// Backwards-compatible names.
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = byteViewToBuffer;

module.exports = Stream;
