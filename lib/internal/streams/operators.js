'use strict';
// The iterator-helper methods of Readable (map, filter, take, toArray, ...). Each consumes the
// stream through async iteration; map runs up to `concurrency` calls of fn at once and keeps
// results in input order.

const { AbortError, codes: {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE,
} } = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');
const { isWritable, isNodeStream } = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');
let staticCompose;
let finished;

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  staticCompose ??= require('internal/streams/compose');
  const composedStream = staticCompose(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composedStream);
  return composedStream;
}

function map(fn, options) {
  validateFn(fn);
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* map() {
    const controller = new AbortController();
    const stream = this;
    const queue = [];
    const signal = controller.signal;
    const signalOpt = { signal };
    const abort = () => controller.abort();
    if (options?.signal?.aborted) abort();
    options?.signal?.addEventListener('abort', abort);

    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }

    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }

    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          cnt += 1;
          val.then(afterItemProcessed, onCatch);
          queue.push(val);
          if (next) {
            next();
            next = null;
          }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => { resume = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
        options?.signal?.removeEventListener('abort', abort);
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => { next = resolve; });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, options) {
    await fn(value, options);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, options) {
    if (await fn(value, options)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    finished ??= require('internal/streams/end-of-stream').finished;
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  if (options?.signal) options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling an item that would be dropped.
      if (number <= 0) return;
    }
  }.call(this);
}

module.exports.streamReturningOperators = { asIndexedPairs, drop, filter, flatMap, map, take, compose };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
