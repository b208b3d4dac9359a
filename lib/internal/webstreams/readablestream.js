'use strict';
// ReadableStream (WHATWG Streams): default controller, default reader, tee, pipeTo,
// async iteration and ReadableStream.from. Algorithms follow the standard's abstract
// operations; their names are kept so the two can be read side by side.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  kState, defineState, isBrand, requireBrand, deferred, resolvedDeferred, rejectedDeferred, nop, setHandled,
  promiseCall, resetQueue, enqueueValueWithSize, dequeueValue, extractHighWaterMark, extractSizeAlgorithm,
  dictionary, customInspect,
} = require('internal/webstreams/util');

const kConstruct = Symbol('kConstruct');
let writable;
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    if (underlyingSource === null) throw new ERR_INVALID_ARG_TYPE('source', 'object', underlyingSource);
    const source = dictionary(underlyingSource, 'source');
    strategy = dictionary(strategy, 'strategy');
    initializeReadableStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      throw new ERR_NOT_IMPLEMENTED('ReadableStream with type "bytes"');
    } else if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpReadableStreamDefaultControllerFromUnderlyingSource(this, source, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    return isReadableStreamLocked(requireBrand(this, 'ReadableStream') && this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(invalidThis('ReadableStream'));
    if (isReadableStreamLocked(this)) return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    requireBrand(this, 'ReadableStream');
    const { mode } = dictionary(options, 'options');
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` === 'byob') throw new ERR_NOT_IMPLEMENTED('ReadableStreamBYOBReader');
    throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
  }

  pipeThrough(transform, options = undefined) {
    requireBrand(this, 'ReadableStream');
    const { readable, writable: dest } = dictionary(transform, 'transform');
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    if (!lazyWritable().isWritableStream(dest)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
    if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (lazyWritable().isWritableStreamLocked(dest)) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, dest, preventClose, preventAbort, preventCancel, signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      requireBrand(this, 'ReadableStream');
      if (!lazyWritable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('destination', 'WritableStream', destination);
      }
      const { preventClose, preventAbort, preventCancel, signal } = pipeOptions(options);
      if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (lazyWritable().isWritableStreamLocked(destination)) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    requireBrand(this, 'ReadableStream');
    return readableStreamDefaultTee(this);
  }

  values(options = undefined) {
    requireBrand(this, 'ReadableStream');
    const { preventCancel = false } = dictionary(options, 'options');
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, !!preventCancel);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = requireBrand(this, 'ReadableStream');
    return customInspect(this, 'ReadableStream', {
      locked: this.locked, state: state.state, supportsBYOB: false,
    }, depth, options);
  }
}

// What Node's stream utilities (finished, addAbortSignal, pipeline) ask of a web stream.
const { kIsClosedPromise, kControllerErrorFunction, kIsDisturbed, kIsErrored, kIsReadable } = require('internal/streams/utils');
Object.defineProperties(ReadableStream.prototype, {
  [kIsClosedPromise]: { __proto__: null, get() { return this[kState].isClosed; } },
  [kControllerErrorFunction]: {
    __proto__: null,
    get() { return (error) => readableStreamDefaultControllerError(this[kState].controller, error); },
  },
  [kIsDisturbed]: { __proto__: null, get() { return this[kState].disturbed; } },
  [kIsErrored]: { __proto__: null, get() { return this[kState].state === 'errored'; } },
  [kIsReadable]: { __proto__: null, get() { return this[kState].state === 'readable'; } },
});

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
});

function invalidThis(type) {
  const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
  return new ERR_INVALID_THIS(type);
}

function pipeOptions(options) {
  const { preventClose = false, preventAbort = false, preventCancel = false, signal } = dictionary(options, 'options');
  if (signal !== undefined) {
    const { validateAbortSignal } = require('internal/validators');
    validateAbortSignal(signal, 'options.signal');
  }
  return { preventClose: !!preventClose, preventAbort: !!preventAbort, preventCancel: !!preventCancel, signal };
}

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

function initializeReadableStream(stream) {
  const isClosed = deferred();
  setHandled(isClosed.promise);
  defineState(stream, 'ReadableStream', {
    state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined, isClosed,
  });
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

// Internal construction (tee branches, ReadableStream.from, TransformStream's readable side).
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1,
                              sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
  return stream;
}

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return readableStreamDefaultControllerGetDesiredSize(requireBrand(this, 'ReadableStreamDefaultController'));
  }

  close() {
    const controller = requireBrand(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(controller);
  }

  enqueue(chunk = undefined) {
    const controller = requireBrand(this, 'ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    readableStreamDefaultControllerError(requireBrand(this, 'ReadableStreamDefaultController'), error);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    requireBrand(this, 'ReadableStreamDefaultController');
    return customInspect(this, 'ReadableStreamDefaultController', {}, depth, options);
  }
}

function setUpReadableStreamDefaultController(stream, controllerObject, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const controller = {
    object: controllerObject, stream, queue: [], queueTotalSize: 0, started: false, closeRequested: false,
    pullAgain: false, pulling: false, strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark,
    pullAlgorithm, cancelAlgorithm,
  };
  defineState(controllerObject, 'ReadableStreamDefaultController', controller);
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    controller.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => {
    readableStreamDefaultControllerError(controller, error);
  });
}

function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controllerObject = new ReadableStreamDefaultController(kConstruct);
  const { start, pull, cancel } = source;
  if (start !== undefined && typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  if (pull !== undefined && typeof pull !== 'function') throw new ERR_INVALID_ARG_TYPE('source.pull', 'Function', pull);
  if (cancel !== undefined && typeof cancel !== 'function') throw new ERR_INVALID_ARG_TYPE('source.cancel', 'Function', cancel);
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controllerObject]) : nop;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controllerObject) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve();
  setUpReadableStreamDefaultController(stream, controllerObject, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  controller.pullAlgorithm().then(() => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => {
    readableStreamDefaultControllerError(controller, error);
  });
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!controller.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = controller.strategySizeAlgorithm(chunk);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  if (controller.stream[kState].state !== 'readable') return;
  resetQueue(controller);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(controller.stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream[kState].state === 'readable';
}

function controllerCancelSteps(controller, reason) {
  resetQueue(controller);
  const result = controller.cancelAlgorithm(reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function controllerPullSteps(controller, readRequest) {
  const stream = controller.stream;
  if (controller.queue.length > 0) {
    const chunk = dequeueValue(controller);
    if (controller.closeRequested && controller.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest.chunkSteps(chunk);
  } else {
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const readRequest = stream[kState].reader[kState].readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve(undefined);
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  return controllerCancelSteps(state.controller, reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  state.isClosed.resolve(undefined);
  const reader = state.reader;
  if (reader === undefined) return;
  const readerState = reader[kState];
  readerState.closed.resolve(undefined);
  const requests = readerState.readRequests;
  readerState.readRequests = [];
  for (const request of requests) request.closeSteps();
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  state.isClosed.reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  const readerState = reader[kState];
  readerState.closed.reject(error);
  setHandled(readerState.closed.promise);
  readableStreamDefaultReaderErrorReadRequests(readerState, error);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    defineState(this, 'ReadableStreamDefaultReader', { stream: undefined, closed: undefined, readRequests: [] });
    if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    readableStreamReaderGenericInitialize(this, stream);
  }

  read() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const result = deferred();
    readableStreamDefaultReaderRead(this, {
      chunkSteps: (value) => result.resolve({ value, done: false }),
      closeSteps: () => result.resolve({ value: undefined, done: true }),
      errorSteps: (error) => result.reject(error),
    });
    return result.promise;
  }

  releaseLock() {
    requireBrand(this, 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) return Promise.reject(invalidThis('ReadableStreamDefaultReader'));
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    return readableStreamCancel(stream, reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = requireBrand(this, 'ReadableStreamDefaultReader');
    return customInspect(this, 'ReadableStreamDefaultReader', {
      stream: state.stream, readRequests: state.readRequests.length, close: state.closed.promise,
    }, depth, options);
  }
}

function readableStreamReaderGenericInitialize(reader, stream) {
  const readerState = reader[kState];
  const streamState = stream[kState];
  readerState.stream = stream;
  streamState.reader = reader;
  if (streamState.state === 'readable') {
    readerState.closed = deferred();
  } else if (streamState.state === 'closed') {
    readerState.closed = resolvedDeferred(undefined);
  } else {
    readerState.closed = rejectedDeferred(streamState.storedError);
  }
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') readRequest.closeSteps();
  else if (state.state === 'errored') readRequest.errorSteps(state.storedError);
  else controllerPullSteps(state.controller, readRequest);
}

function readableStreamReaderGenericRelease(reader) {
  const readerState = reader[kState];
  const stream = readerState.stream;
  const released = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') readerState.closed.reject(released);
  else readerState.closed = rejectedDeferred(released);
  setHandled(readerState.closed.promise);
  stream[kState].reader = undefined;
  readerState.stream = undefined;
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader[kState], new ERR_INVALID_STATE.TypeError('Reader released'));
}

function readableStreamDefaultReaderErrorReadRequests(readerState, error) {
  const requests = readerState.readRequests;
  readerState.readRequests = [];
  for (const request of requests) request.errorSteps(error);
}

function readableStreamDefaultTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => {
        // A microtask later, so a synchronous error of the source reaches the branches first.
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps: () => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps: () => {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(nop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(nop, pullAlgorithm, cancel2Algorithm);

  reader[kState].closed.promise.then(undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = lazyWritable();
  const reader = new ReadableStreamDefaultReader(source);
  const writer = W.acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const result = deferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    W.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  // Pending writes finish before the pipe shuts down, unless the destination is closing.
  function waitForWrites(then) {
    if (dest[kState].state === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest)) {
      const wait = () => {
        const last = currentWrite;
        last.then(() => (last === currentWrite ? then() : wait()), () => (last === currentWrite ? then() : wait()));
      };
      wait();
    } else {
      then();
    }
  }

  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    waitForWrites(() => {
      let promise;
      try {
        promise = Promise.resolve(action());
      } catch (error) {
        promise = Promise.reject(error);
      }
      promise.then(() => finalize(originalIsError, originalError), (error) => finalize(true, error));
    });
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    waitForWrites(() => finalize(isError, error));
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason !== undefined ? signal.reason : new AbortError();
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? W.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // Errors and closes propagate as soon as they happen, in both directions.
  const onSourceErrored = (error) => {
    if (!preventAbort) shutdownWithAnAction(() => W.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  };
  const onDestErrored = (error) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  };
  const onSourceClosed = () => {
    if (!preventClose) shutdownWithAnAction(() => W.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  };

  if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
  else reader[kState].closed.promise.then(() => onSourceClosed(), onSourceErrored);

  if (dest[kState].state === 'errored' || dest[kState].state === 'erroring') {
    onDestErrored(dest[kState].storedError);
  } else {
    writer[kState].closed.promise.then(nop, onDestErrored);
  }

  if (source[kState].state === 'closed') onSourceClosed();

  if (W.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('The destination writable stream closed before all the data could be piped to it.');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    if (shuttingDown) return true;
    const read = deferred();
    readableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => {
        currentWrite = W.writableStreamDefaultWriterWrite(writer, chunk);
        setHandled(currentWrite);
        read.resolve(false);
      },
      closeSteps: () => read.resolve(true),
      errorSteps: (error) => read.reject(error),
    });
    return read.promise;
  }

  (async () => {
    while (!await step());
  })().then(nop, nop);

  return result.promise;
}

// The async iterator of values(): one read at a time, queued behind the previous one.
const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype, {
  next: {
    __proto__: null, writable: true, configurable: true, enumerable: true,
    value() {
      const iterator = this;
      const state = iterator[kState];
      const nextSteps = () => {
        if (state.finished) return Promise.resolve({ value: undefined, done: true });
        const reader = state.reader;
        const result = deferred();
        readableStreamDefaultReaderRead(reader, {
          chunkSteps: (value) => result.resolve({ value, done: false }),
          closeSteps: () => {
            state.finished = true;
            readableStreamDefaultReaderRelease(reader);
            result.resolve({ value: undefined, done: true });
          },
          errorSteps: (error) => {
            state.finished = true;
            readableStreamDefaultReaderRelease(reader);
            result.reject(error);
          },
        });
        return result.promise;
      };
      state.current = state.current ? state.current.then(nextSteps, nextSteps) : nextSteps();
      return state.current;
    },
  },
  return: {
    __proto__: null, writable: true, configurable: true, enumerable: true,
    value(value = undefined) {
      const state = this[kState];
      const returnSteps = () => {
        if (state.finished) return Promise.resolve({ value, done: true });
        state.finished = true;
        const reader = state.reader;
        if (!state.preventCancel) {
          const stream = reader[kState].stream;
          const cancelled = readableStreamCancel(stream, value);
          readableStreamDefaultReaderRelease(reader);
          return cancelled.then(() => ({ value, done: true }));
        }
        readableStreamDefaultReaderRelease(reader);
        return Promise.resolve({ value, done: true });
      };
      state.current = state.current ? state.current.then(returnSteps, returnSteps) : returnSteps();
      return state.current;
    },
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamAsyncIterator', configurable: true },
});

function createAsyncIterator(reader, preventCancel) {
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  Object.defineProperty(iterator, kState, {
    __proto__: null, value: { reader, preventCancel, finished: false, current: undefined },
  });
  return iterator;
}

function readableStreamFromIterable(asyncIterable) {
  if (asyncIterable == null) throw new ERR_INVALID_ARG_TYPE('asyncIterable', 'Iterable', asyncIterable);
  let method = asyncIterable[Symbol.asyncIterator];
  let isAsync = true;
  if (method === undefined || method === null) {
    method = asyncIterable[Symbol.iterator];
    isAsync = false;
  }
  if (typeof method !== 'function') throw new ERR_INVALID_ARG_TYPE('asyncIterable', 'Iterable', asyncIterable);
  const iterator = Reflect.apply(method, asyncIterable, []);
  if (iterator === null || typeof iterator !== 'object') {
    throw new TypeError('The iterator method must return an object');
  }
  const nextMethod = iterator.next;
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(nextMethod, iterator, []);
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve(nextResult).then((iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') {
        throw new TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream[kState].controller);
        return;
      }
      // Values of a sync iterator are awaited, as the async-from-sync wrapper does.
      if (!isAsync) {
        return Promise.resolve(iterResult.value).then((value) => {
          readableStreamDefaultControllerEnqueue(stream[kState].controller, value);
        });
      }
      readableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (error) {
      return Promise.reject(error);
    }
    if (returnMethod === undefined || returnMethod === null) return Promise.resolve();
    let returnResult;
    try {
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve(returnResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(nop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

for (const [Class, name] of [[ReadableStream, 'ReadableStream'], [ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'],
  [ReadableStreamDefaultController, 'ReadableStreamDefaultController']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, isReadableStream,
  isReadableStreamLocked, createReadableStream, readableStreamCancel, readableStreamClose,
  readableStreamDefaultControllerEnqueue, readableStreamDefaultControllerClose,
  readableStreamDefaultControllerError, readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerGetDesiredSize, readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultReaderRead, readableStreamDefaultReaderRelease,
};
