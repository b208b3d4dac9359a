'use strict';
// Readable.from: a Readable over an iterable or async iterable, pulling one item per _read.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('internal/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) next();
      else pullSync();
    }
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  // Gives the iterator its chance to clean up: throw() on error, then return().
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // True while the reader wants more: a null item is an error, as push(null) would end the stream.
  function pushItem(item) {
    if (item === null) {
      reading = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(item)) return true;
    reading = false;
    return false;
  }

  // A synchronous iterator's plain items are pushed from here, without an async function call per
  // read; the first thenable item hands the rest of the reading to next().
  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          next(value);
          return;
        }
        if (!pushItem(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function next(pendingItem) {
    try {
      for (;;) {
        let item;
        if (pendingItem !== undefined) {
          item = await pendingItem;
          pendingItem = undefined;
        } else {
          const { value, done } = isAsync ? await iterator.next() : iterator.next();
          if (done) {
            readable.push(null);
            return;
          }
          item = (value && typeof value.then === 'function') ? await value : value;
        }
        if (!pushItem(item)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }
  return readable;
}

module.exports = from;
