'use strict';
// WritableStream (WHATWG Streams): default controller and writer. Algorithms follow the
// standard's abstract operations under the same names.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, defineState, isBrand, requireBrand, deferred, resolvedDeferred, rejectedDeferred, nop, setHandled,
  promiseCall, resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue, extractHighWaterMark,
  extractSizeAlgorithm, dictionary, customInspect,
} = require('internal/webstreams/util');

const kConstruct = Symbol('kConstruct');
const kCloseSentinel = Symbol('kCloseSentinel');

function invalidThis(type) {
  const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
  return new ERR_INVALID_THIS(type);
}

class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    if (underlyingSink === null) throw new ERR_INVALID_ARG_TYPE('sink', 'object', underlyingSink);
    const sink = dictionary(underlyingSink, 'sink');
    strategy = dictionary(strategy, 'strategy');
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('sink.type', sink.type);
    initializeWritableStream(this);
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpWritableStreamDefaultControllerFromUnderlyingSink(this, sink, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    requireBrand(this, 'WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(invalidThis('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    requireBrand(this, 'WritableStream');
    return acquireWritableStreamDefaultWriter(this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = requireBrand(this, 'WritableStream');
    return customInspect(this, 'WritableStream', { locked: this.locked, state: state.state }, depth, options);
  }
}

// What Node's stream utilities (finished, addAbortSignal, pipeline) ask of a web stream.
const { kIsClosedPromise, kControllerErrorFunction, kIsErrored, kIsWritable } = require('internal/streams/utils');
Object.defineProperties(WritableStream.prototype, {
  [kIsClosedPromise]: { __proto__: null, get() { return this[kState].isClosed; } },
  [kControllerErrorFunction]: {
    __proto__: null,
    get() { return (error) => writableStreamDefaultControllerErrorIfNeeded(this[kState].controller, error); },
  },
  [kIsErrored]: { __proto__: null, get() { return this[kState].state === 'errored'; } },
  [kIsWritable]: { __proto__: null, get() { return this[kState].state === 'writable'; } },
});

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function initializeWritableStream(stream) {
  const isClosed = deferred();
  setHandled(isClosed.promise);
  defineState(stream, 'WritableStream', {
    isClosed,
    state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined, writeRequests: [], backpressure: false,
  });
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1,
                              sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  const controller = Object.create(WritableStreamDefaultController.prototype);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
    abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve(undefined);
  state.controller.abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve(undefined);
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = deferred();
  state.closeRequest = promise;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') writer[kState].ready.resolve(undefined);
  writableStreamDefaultControllerClose(state.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const promise = deferred();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(state.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller.started) writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  resetQueue(state.controller);
  const storedError = state.storedError;
  for (const request of state.writeRequests) request.reject(storedError);
  state.writeRequests = [];
  if (state.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = state.pendingAbortRequest;
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controller = state.controller;
  const promise = controller.abortAlgorithm(abortRequest.reason);
  writableStreamDefaultControllerClearAlgorithms(controller);
  promise.then(() => {
    abortRequest.promise.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest.resolve(undefined);
  state.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  state.inFlightWriteRequest.reject(error);
  state.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve(undefined);
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve(undefined);
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  state.isClosed.resolve(undefined);
  if (state.writer !== undefined) state.writer[kState].closed.resolve(undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  state.isClosed.reject(state.storedError);
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(state.storedError);
    setHandled(writer[kState].closed.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].ready = deferred();
    else writer[kState].ready.resolve(undefined);
  }
  state.backpressure = backpressure;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (isWritableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    const streamState = stream[kState];
    const state = { stream, ready: undefined, closed: undefined };
    defineState(this, 'WritableStreamDefaultWriter', state);
    streamState.writer = this;
    const current = streamState.state;
    if (current === 'writable') {
      state.ready = !writableStreamCloseQueuedOrInFlight(stream) && streamState.backpressure ?
        deferred() : resolvedDeferred(undefined);
      state.closed = deferred();
    } else if (current === 'erroring') {
      state.ready = rejectedDeferred(streamState.storedError);
      state.closed = deferred();
    } else if (current === 'closed') {
      state.ready = resolvedDeferred(undefined);
      state.closed = resolvedDeferred(undefined);
    } else {
      state.ready = rejectedDeferred(streamState.storedError);
      state.closed = rejectedDeferred(streamState.storedError);
    }
  }

  get closed() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    const state = requireBrand(this, 'WritableStreamDefaultWriter');
    if (state.stream === undefined) throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const state = requireBrand(this, 'WritableStreamDefaultWriter');
    if (state.stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) return Promise.reject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = requireBrand(this, 'WritableStreamDefaultWriter');
    return customInspect(this, 'WritableStreamDefaultWriter', {
      stream: state.stream, close: state.closed.promise, ready: state.ready.promise,
      desiredSize: state.stream === undefined ? undefined : this.desiredSize,
    }, depth, options);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') return Promise.resolve(undefined);
  if (state.state === 'errored') return Promise.reject(state.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (!state.closed.settled) state.closed.reject(error);
  else state.closed = rejectedDeferred(error);
  setHandled(state.closed.promise);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (!state.ready.settled) state.ready.reject(error);
  else state.ready = rejectedDeferred(error);
  setHandled(state.ready.promise);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const released = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, released);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, released);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  const controller = state.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('Writer has been released'));
  }
  if (state.state === 'errored') return Promise.reject(state.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state.state === 'erroring') return Promise.reject(state.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    return requireBrand(this, 'WritableStreamDefaultController').abortController.signal;
  }

  error(error = undefined) {
    const controller = requireBrand(this, 'WritableStreamDefaultController');
    if (controller.stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(controller, error);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const controller = requireBrand(this, 'WritableStreamDefaultController');
    return customInspect(this, 'WritableStreamDefaultController', { stream: controller.stream }, depth, options);
  }
}

function setUpWritableStreamDefaultController(stream, controllerObject, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  const controller = {
    object: controllerObject, stream, queue: [], queueTotalSize: 0, abortController: new AbortController(),
    started: false, strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark,
    writeAlgorithm, closeAlgorithm, abortAlgorithm,
  };
  defineState(controllerObject, 'WritableStreamDefaultController', controller);
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    controller.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    controller.started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function setUpWritableStreamDefaultControllerFromUnderlyingSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controllerObject = new WritableStreamDefaultController(kConstruct);
  const { start, write, close, abort } = sink;
  for (const [name, fn] of [['start', start], ['write', write], ['close', close], ['abort', abort]]) {
    if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`sink.${name}`, 'Function', fn);
  }
  const startAlgorithm = start ? () => Reflect.apply(start, sink, [controllerObject]) : nop;
  const writeAlgorithm = write ? (chunk) => promiseCall(write, sink, chunk, controllerObject) : () => Promise.resolve();
  const closeAlgorithm = close ? () => promiseCall(close, sink) : () => Promise.resolve();
  const abortAlgorithm = abort ? (reason) => promiseCall(abort, sink, reason) : () => Promise.resolve();
  setUpWritableStreamDefaultController(stream, controllerObject, startAlgorithm, writeAlgorithm, closeAlgorithm,
    abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller.stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller.stream[kState].state === 'writable') writableStreamDefaultControllerError(controller, error);
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  if (controller.strategySizeAlgorithm === undefined) return 1;
  try {
    return controller.strategySizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller.strategyHWM - controller.queueTotalSize;
}

function writableStreamDefaultControllerProcessClose(controller) {
  const stream = controller.stream;
  const state = stream[kState];
  state.inFlightCloseRequest = state.closeRequest;
  state.closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  sinkClosePromise.then(() => writableStreamFinishInFlightClose(stream),
    (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const stream = controller.stream;
  const state = stream[kState];
  state.inFlightWriteRequest = state.writeRequests.shift();
  controller.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    dequeueValue(controller);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state.state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (state.state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

for (const [Class, name] of [[WritableStream, 'WritableStream'], [WritableStreamDefaultWriter, 'WritableStreamDefaultWriter'],
  [WritableStreamDefaultController, 'WritableStreamDefaultController']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, isWritableStream,
  isWritableStreamLocked, createWritableStream, acquireWritableStreamDefaultWriter, writableStreamAbort,
  writableStreamClose, writableStreamCloseQueuedOrInFlight, writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite, writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultControllerErrorIfNeeded,
};
