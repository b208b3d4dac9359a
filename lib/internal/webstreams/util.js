'use strict';
// Shared pieces of the web streams: internal slots, queue-with-sizes, strategies' extraction,
// promise helpers.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspect } = require('internal/util');

// Each stream object keeps its internal slots in one non-enumerable object under kState.
const kState = Symbol('kState');
const kType = Symbol('kType');

function defineState(object, type, state) {
  Object.defineProperty(object, kState, { __proto__: null, value: state, writable: true });
  Object.defineProperty(object, kType, { __proto__: null, value: type });
}

function isBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

function requireBrand(value, type) {
  if (!isBrand(value, type)) throw new ERR_INVALID_THIS(type);
  return value[kState];
}

// A promise with its settle functions, and whether it has settled.
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const record = { promise, settled: false };
  record.resolve = (value) => {
    record.settled = true;
    resolve(value);
  };
  record.reject = (reason) => {
    record.settled = true;
    reject(reason);
  };
  return record;
}

function resolvedDeferred(value) {
  const record = deferred();
  record.resolve(value);
  return record;
}

function rejectedDeferred(reason) {
  const record = deferred();
  record.reject(reason);
  setHandled(record.promise);
  return record;
}

function nop() {}

function setHandled(promise) {
  promise.then(nop, nop);
}

// Calls a method of an underlying source/sink/transformer; the result is always a promise.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (error) {
    return Promise.reject(error);
  }
}

function resetQueue(controller) {
  controller.queue = [];
  controller.queueTotalSize = 0;
}

function isNonNegativeNumber(value) {
  return typeof value === 'number' && !Number.isNaN(value) && value >= 0;
}

function enqueueValueWithSize(controller, value, size) {
  if (!isNonNegativeNumber(size) || size === Infinity) {
    throw new RangeError(`The size of a chunk must be a finite, non-negative number: ${size}`);
  }
  controller.queue.push({ value, size });
  controller.queueTotalSize += size;
}

function dequeueValue(controller) {
  const { value, size } = controller.queue.shift();
  controller.queueTotalSize -= size;
  // Rounding can leave a tiny negative total.
  if (controller.queueTotalSize < 0) controller.queueTotalSize = 0;
  return value;
}

function peekQueueValue(controller) {
  return controller.queue[0].value;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const { highWaterMark } = strategy ?? {};
  if (highWaterMark === undefined) return defaultHWM;
  const value = Number(highWaterMark);
  if (Number.isNaN(value) || value < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', highWaterMark);
  return value;
}

function extractSizeAlgorithm(strategy) {
  const { size } = strategy ?? {};
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// The dictionary arguments of the constructors: undefined and null read as empty, and any
// object (functions too) is accepted.
function dictionary(value, name) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  return value;
}

module.exports = {
  kState, kType, defineState, isBrand, requireBrand, deferred, resolvedDeferred, rejectedDeferred, nop,
  setHandled, promiseCall, resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue,
  extractHighWaterMark, extractSizeAlgorithm, dictionary, customInspect,
};
