'use strict';
// Duplex.from(body): a Duplex over a stream, a { readable, writable } pair, an iterable, a
// promise, a Blob or an async generator function that consumes what is written.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE } } = require('internal/errors');
const { createDeferredPromise } = require('internal/util');
const {
  isReadable, isWritable, isIterable, isNodeStream, isReadableNodeStream, isWritableNodeStream,
  isDuplexNodeStream, isReadableStream, isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const from = require('internal/streams/from');

class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    // A side given as false is already over, so end-of-stream does not wait for it.
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

function isBlob(value) {
  return typeof value?.arrayBuffer === 'function' && typeof value?.stream === 'function' &&
    typeof value?.type === 'string' && typeof value?.size === 'number';
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });
  if (isReadableStream(body)) return duplexifyPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return duplexifyPair({ writable: require('internal/streams/writable').fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (isIterable(value)) return from(Duplexify, value, { objectMode: true, write, final, destroy });
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }, (err) => {
        destroyer(d, err);
      });
      return d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
    }
    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer(), name);
  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) return Duplex.fromWeb(body);

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) : undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) : undefined;
    return duplexifyPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    return d = new Duplexify({ objectMode: true, writable: false, read() {} });
  }

  throw new ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

// Runs fn over an async iterable fed by the Duplex's writes.
function fromAsyncGen(fn) {
  let { promise, resolve } = createDeferredPromise();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = createDeferredPromise());
      yield chunk;
    }
  }(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// Makes `d` write into `head` and read from `tail` (either may be null), its end completing on
// finishSource's 'finish'. Returns finished(err, otherwise): called when the underlying streams
// are done, it answers a pending _destroy, or else runs `otherwise`.
function bridge(d, { head, finishSource, tail, destroyOnDestroy }) {
  const pending = { drain: null, finish: null, readable: null, close: undefined };
  const take = (key) => {
    const cb = pending[key];
    pending[key] = null;
    if (cb) cb();
  };
  if (head) {
    d._write = (chunk, encoding, callback) => {
      if (head.write(chunk, encoding)) callback();
      else pending.drain = callback;
    };
    d._final = (callback) => {
      head.end();
      pending.finish = callback;
    };
    head.on('drain', () => take('drain'));
    finishSource.on('finish', () => take('finish'));
  }
  if (tail) {
    tail.on('readable', () => take('readable'));
    tail.on('end', () => { d.push(null); });
    d._read = function() {
      while (true) {
        const buf = tail.read();
        if (buf === null) {
          pending.readable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = (err, callback) => {
    if (!err && pending.close !== null) err = new AbortError();
    pending.readable = null;
    pending.drain = null;
    pending.finish = null;
    if (pending.close === null) {
      callback(err);
    } else {
      pending.close = callback;
      for (const stream of destroyOnDestroy) destroyer(stream, err);
    }
  };
  return (err, otherwise) => {
    const cb = pending.close;
    pending.close = null;
    if (cb) cb(err);
    else otherwise(err);
  };
}

// One Duplex that writes into `writable` and reads from `readable`.
function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  const d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });
  const finished = bridge(d, {
    head: writable ? w : null, finishSource: w, tail: readable ? r : null, destroyOnDestroy: [w, r],
  });
  const onfinished = (err) => finished(err, () => { if (err) d.destroy(err); });
  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
  }
  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
  }
  return d;
}

module.exports = duplexify;
module.exports.bridge = bridge;
