'use strict';
// addAbortSignal(signal, stream): aborting the signal destroys the stream with an AbortError.

const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');

const disposeSymbol = Symbol.dispose;
let eos;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
    () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    eos ??= require('internal/streams/end-of-stream');
    const disposable = require('events').addAbortListener(signal, onAbort);
    eos(stream, disposable[disposeSymbol]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
