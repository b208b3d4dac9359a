'use strict';
// Readable.from: a Readable over an iterable or async iterable, pulling one item per _read.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES } } = require('internal/errors');

const kPuller = Symbol('kPuller');

// The functions below are shared by every stream made here and read the stream's puller (its
// iterator and reading state): Readable's read() calls `this._read`, and a new function in
// each stream made the engine's optimized read() assume one target and leave its code for
// every stream after the first.
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
  // `next` is read once, as a for-of loop does: every generator has its own prototype, so
  // `iterator.next` read per item would see a new object shape in each stream.
  readable[kPuller] = { readable, iterator, nextMethod: iterator.next, isAsync, reading: false };
  readable._read = readFromIterator;
  readable._destroy = destroyIterator;
  return readable;
}

function readFromIterator() {
  const puller = this[kPuller];
  if (!puller.reading) {
    puller.reading = true;
    if (puller.isAsync) next(puller);
    else pullSync(puller);
  }
}

function destroyIterator(error, cb) {
  close(this[kPuller].iterator, error).then(
    () => process.nextTick(cb, error),
    (e) => process.nextTick(cb, e || error));
}

// Gives the iterator its chance to clean up: throw() on error, then return().
async function close(iterator, error) {
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
function pushItem(puller, item) {
  if (item === null) {
    puller.reading = false;
    throw new ERR_STREAM_NULL_VALUES();
  }
  if (puller.readable.push(item)) return true;
  puller.reading = false;
  return false;
}

// A synchronous iterator's plain items are pushed from here, without an async function call per
// read; the first thenable item hands the rest of the reading to next().
function pullSync(puller) {
  try {
    for (;;) {
      const { value, done } = puller.nextMethod.call(puller.iterator);
      if (done) {
        puller.readable.push(null);
        return;
      }
      if (value && typeof value.then === 'function') {
        next(puller, value);
        return;
      }
      if (!pushItem(puller, value)) return;
    }
  } catch (err) {
    puller.readable.destroy(err);
  }
}

async function next(puller, pendingItem) {
  try {
    for (;;) {
      let item;
      if (pendingItem !== undefined) {
        item = await pendingItem;
        pendingItem = undefined;
      } else {
        const { iterator, nextMethod } = puller;
        const { value, done } = puller.isAsync ? await nextMethod.call(iterator) : nextMethod.call(iterator);
        if (done) {
          puller.readable.push(null);
          return;
        }
        item = (value && typeof value.then === 'function') ? await value : value;
      }
      if (!pushItem(puller, item)) return;
    }
  } catch (err) {
    puller.readable.destroy(err);
  }
}

module.exports = from;
