'use strict';
// compose(...streams): one Duplex that writes into the first stream and reads from the last,
// the streams between joined by pipeline.

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { bridge } = require('internal/streams/duplexify');
const {
  isNodeStream, isReadable, isWritable, isWebStream, isTransformStream, isWritableStream, isReadableStream,
} = require('internal/streams/utils');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const originals = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[streams.length - 1] === 'function') {
    const idx = streams.length - 1;
    streams[idx] = Duplex.from(streams[idx]);
  }

  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) continue;
    if (n < streams.length - 1 &&
        !(isReadable(streams[n]) || isReadableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, originals[n], 'must be readable');
    }
    if (n > 0 && !(isWritable(streams[n]) || isWritableStream(streams[n]) || isTransformStream(streams[n]))) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, originals[n], 'must be writable');
    }
  }

  const head = streams[0];
  let finished;
  let d;
  const onfinished = (err) => finished(err, () => {
    if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  });
  const tail = pipeline(streams, (err) => onfinished(err));
  const writable = !!(isWritable(head) || isWritableStream(head) || isTransformStream(head));
  const readable = !!(isReadable(tail) || isReadableStream(tail) || isTransformStream(tail));

  d = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });
  finished = bridge(d, {
    head: writable ? head : null, finishSource: tail, tail: readable ? tail : null,
    destroyOnDestroy: isNodeStream(tail) ? [tail] : [],
  });
  return d;
}

module.exports = compose;
