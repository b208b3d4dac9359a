'use strict';
// ReadableStream (WHATWG Streams): default controller, default reader, tee, pipeTo,
// async iteration and ReadableStream.from. Algorithms follow the standard's abstract
// operations; their names are kept so the two can be read side by side.

const typedArrayName = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const kTypedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR },
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
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size, 'must be undefined for a byte stream');
      }
      setUpReadableByteStreamControllerFromUnderlyingSource(this, source, extractHighWaterMark(strategy, 0));
      return;
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
    if (`${mode}` === 'byob') return new ReadableStreamBYOBReader(this);
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
    if (this[kState].controller.kind === 'byte') return readableByteStreamTee(this);
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
      locked: this.locked, state: state.state, supportsBYOB: state.controller?.kind === 'byte',
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
    kind: 'default',
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
  if (controller.kind === 'byte') return byteControllerCancelSteps(controller, reason);
  resetQueue(controller);
  const result = controller.cancelAlgorithm(reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

function controllerPullSteps(controller, readRequest) {
  if (controller.kind === 'byte') {
    byteControllerPullSteps(controller, readRequest);
    return;
  }
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
  const reader = state.reader;
  if (reader !== undefined && reader[kState].readIntoRequests !== undefined) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.closeSteps(undefined);
  }
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
  if (readerState.readRequests === undefined) return;
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
  if (readerState.readRequests !== undefined) readableStreamDefaultReaderErrorReadRequests(readerState, error);
  else readableStreamBYOBReaderErrorReadIntoRequests(readerState, error);
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
    return readerClosed(this, 'ReadableStreamDefaultReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, 'ReadableStreamDefaultReader', reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = requireBrand(this, 'ReadableStreamDefaultReader');
    return customInspect(this, 'ReadableStreamDefaultReader', {
      stream: state.stream, readRequests: state.readRequests.length, close: state.closed.promise,
    }, depth, options);
  }
}

// The members both reader kinds share (the standard's ReadableStreamGenericReader).
function readerClosed(reader, type) {
  if (!isBrand(reader, type)) return Promise.reject(invalidThis(type));
  return reader[kState].closed.promise;
}

function readerCancel(reader, type, reason) {
  if (!isBrand(reader, type)) return Promise.reject(invalidThis(type));
  const stream = reader[kState].stream;
  if (stream === undefined) return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
  return readableStreamCancel(stream, reason);
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
  const controller = stream[kState].controller;
  if (controller.kind === 'byte' && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    first.readerType = 'none';
    controller.pendingPullIntos = [first];
  }
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

// tee(): two branches fed by one reader. `branches` says how to make, feed, close and error a
// branch, which is all that differs between default and byte streams.
function readableStreamTee(stream, branches) {
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
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = branches.copy(chunk);
            } catch (error) {
              branches.error(branch1, error);
              branches.error(branch2, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) branches.enqueue(branch1, chunk);
          if (!canceled2) branches.enqueue(branch2, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps: () => {
        reading = false;
        if (!canceled1) branches.close(branch1);
        if (!canceled2) branches.close(branch2);
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

  branch1 = branches.create(nop, pullAlgorithm, cancel1Algorithm);
  branch2 = branches.create(nop, pullAlgorithm, cancel2Algorithm);

  reader[kState].closed.promise.then(undefined, (error) => {
    branches.error(branch1, error);
    branches.error(branch2, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

const defaultTeeBranches = {
  create: (start, pull, cancel) => createReadableStream(start, pull, cancel),
  copy: (chunk) => chunk,
  enqueue: (branch, chunk) => readableStreamDefaultControllerEnqueue(branch[kState].controller, chunk),
  close: (branch) => readableStreamDefaultControllerClose(branch[kState].controller),
  error: (branch, error) => readableStreamDefaultControllerError(branch[kState].controller, error),
};

function readableStreamDefaultTee(stream) {
  return readableStreamTee(stream, defaultTeeBranches);
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


// ---- Byte streams: ReadableByteStreamController, BYOB reader and request ----

function transferArrayBuffer(buffer) {
  if (buffer.detached) throw new ERR_INVALID_STATE.TypeError('The ArrayBuffer is detached');
  return buffer.transfer();
}

function isDetached(buffer) {
  return buffer.detached === true;
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    return readableByteStreamControllerGetBYOBRequest(requireBrand(this, 'ReadableByteStreamController'));
  }

  get desiredSize() {
    return readableByteStreamControllerGetDesiredSize(requireBrand(this, 'ReadableByteStreamController'));
  }

  close() {
    const controller = requireBrand(this, 'ReadableByteStreamController');
    if (controller.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (controller.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(controller);
  }

  enqueue(chunk) {
    const controller = requireBrand(this, 'ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) throw new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0) throw new ERR_INVALID_STATE.TypeError('chunk must have a non-zero byteLength');
    if (chunk.buffer.byteLength === 0) throw new ERR_INVALID_STATE.TypeError("chunk's buffer must have a non-zero byteLength");
    if (controller.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (controller.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    readableByteStreamControllerError(requireBrand(this, 'ReadableByteStreamController'), error);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    requireBrand(this, 'ReadableByteStreamController');
    return customInspect(this, 'ReadableByteStreamController', {}, depth, options);
  }
}

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    return requireBrand(this, 'ReadableStreamBYOBRequest').view;
  }

  respond(bytesWritten) {
    const request = requireBrand(this, 'ReadableStreamBYOBRequest');
    bytesWritten = Number(bytesWritten);
    if (!Number.isFinite(bytesWritten) || bytesWritten < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (request.controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    if (isDetached(request.view.buffer)) throw new ERR_INVALID_STATE.TypeError('The view\'s buffer is detached');
    readableByteStreamControllerRespond(request.controller, Math.trunc(bytesWritten));
  }

  respondWithNewView(view) {
    const request = requireBrand(this, 'ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (request.controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw new ERR_INVALID_STATE.TypeError('The view\'s buffer is detached');
    readableByteStreamControllerRespondWithNewView(request.controller, view);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const request = requireBrand(this, 'ReadableStreamBYOBRequest');
    return customInspect(this, 'ReadableStreamBYOBRequest', { view: request.view }, depth, options);
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    defineState(this, 'ReadableStreamBYOBReader', { stream: undefined, closed: undefined, readIntoRequests: [] });
    if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    if (stream[kState].controller.kind !== 'byte') {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    readableStreamReaderGenericInitialize(this, stream);
  }

  read(view, options = undefined) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) return Promise.reject(invalidThis('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0) return Promise.reject(new ERR_INVALID_STATE.TypeError('view must have non-zero byteLength'));
    if (view.buffer.byteLength === 0) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError("view's buffer must have non-zero byteLength"));
    }
    if (isDetached(view.buffer)) return Promise.reject(new ERR_INVALID_STATE.TypeError('view\'s buffer has been detached'));
    let min = 1;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') return Promise.reject(new ERR_INVALID_ARG_TYPE('options', 'Object', options));
      if (options.min !== undefined) min = Number(options.min);
    }
    if (!Number.isFinite(min) || min <= 0 || Math.trunc(min) !== min) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE.TypeError('options.min', options?.min));
    }
    const length = view instanceof DataView ? view.byteLength : view.length;
    if (min > length) return Promise.reject(new ERR_INVALID_ARG_VALUE.RangeError('options.min', min));
    if (this[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const result = deferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunkSteps: (value) => result.resolve({ value, done: false }),
      closeSteps: (value) => result.resolve({ value, done: true }),
      errorSteps: (error) => result.reject(error),
    });
    return result.promise;
  }

  releaseLock() {
    requireBrand(this, 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(this);
    readableStreamBYOBReaderErrorReadIntoRequests(this[kState], new ERR_INVALID_STATE.TypeError('Reader released'));
  }

  get closed() {
    return readerClosed(this, 'ReadableStreamBYOBReader');
  }

  cancel(reason = undefined) {
    return readerCancel(this, 'ReadableStreamBYOBReader', reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = requireBrand(this, 'ReadableStreamBYOBReader');
    return customInspect(this, 'ReadableStreamBYOBReader', {
      stream: state.stream, requestIntoRequests: state.readIntoRequests.length, close: state.closed.promise,
    }, depth, options);
  }
}

function readableStreamBYOBReaderErrorReadIntoRequests(readerState, error) {
  const requests = readerState.readIntoRequests;
  readerState.readIntoRequests = [];
  for (const request of requests) request.errorSteps(error);
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') readIntoRequest.errorSteps(stream[kState].storedError);
  else readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
}

function readerKind(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined) return undefined;
  return reader[kState].readIntoRequests !== undefined ? 'byob' : 'default';
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

function setUpReadableByteStreamControllerFromUnderlyingSource(stream, source, highWaterMark) {
  const controllerObject = new ReadableByteStreamController(kConstruct);
  const { start, pull, cancel } = source;
  if (start !== undefined && typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  if (pull !== undefined && typeof pull !== 'function') throw new ERR_INVALID_ARG_TYPE('source.pull', 'Function', pull);
  if (cancel !== undefined && typeof cancel !== 'function') throw new ERR_INVALID_ARG_TYPE('source.cancel', 'Function', cancel);
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const startAlgorithm = start ? () => Reflect.apply(start, source, [controllerObject]) : nop;
  const pullAlgorithm = pull ? () => promiseCall(pull, source, controllerObject) : () => Promise.resolve();
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, source, reason) : () => Promise.resolve();
  setUpReadableByteStreamController(stream, controllerObject, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, autoAllocateChunkSize);
}

function setUpReadableByteStreamController(stream, controllerObject, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                           highWaterMark, autoAllocateChunkSize) {
  const controller = {
    kind: 'byte', object: controllerObject, stream, byobRequest: null, pendingPullIntos: [], queue: [],
    queueTotalSize: 0, started: false, closeRequested: false, pullAgain: false, pulling: false,
    strategyHWM: highWaterMark, pullAlgorithm, cancelAlgorithm, autoAllocateChunkSize,
  };
  defineState(controllerObject, 'ReadableByteStreamController', controller);
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    controller.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => {
    readableByteStreamControllerError(controller, error);
  });
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Object.create(ReadableByteStreamController.prototype);
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kConstruct);
    defineState(request, 'ReadableStreamBYOBRequest', { controller, view });
    controller.byobRequest = request;
  }
  return controller.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  if (controller.byobRequest === null) return;
  const state = controller.byobRequest[kState];
  state.controller = undefined;
  state.view = null;
  controller.byobRequest = null;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller.pendingPullIntos = [];
}

function readableByteStreamControllerError(controller, error) {
  if (controller.stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(controller.stream, error);
}

function readableByteStreamControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || stream[kState].state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset,
      descriptor.bytesFilled);
  }
  controller.pendingPullIntos.shift();
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw new ERR_INVALID_STATE.TypeError('chunk\'s buffer is detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached');
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  const kind = readerKind(stream);
  if (kind === 'default') {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) controller.pendingPullIntos.shift();
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (kind === 'byob') {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const descriptor of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const readerState = controller.stream[kState].reader[kState];
  while (readerState.readRequests.length > 0) {
    if (controller.queueTotalSize === 0) return;
    readableByteStreamControllerFillReadRequestFromQueue(controller, readerState.readRequests.shift());
  }
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (stream[kState].state !== 'readable') return false;
  if (controller.closeRequested) return false;
  if (!controller.started) return false;
  const kind = readerKind(stream);
  if (kind === 'default' && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (kind === 'byob' && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  controller.pullAlgorithm().then(() => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableByteStreamControllerError(controller, error));
}

function byteControllerCancelSteps(controller, reason) {
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  const result = controller.cancelAlgorithm(reason);
  readableByteStreamControllerClearAlgorithms(controller);
  return result;
}

function byteControllerPullSteps(controller, readRequest) {
  const stream = controller.stream;
  if (controller.queueTotalSize > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const size = controller.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (error) {
      readRequest.errorSteps(error);
      return;
    }
    controller.pendingPullIntos.push({
      buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0, minimumFill: 1,
      elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
    });
  }
  readableStreamAddReadRequest(stream, readRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const stream = controller.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    // The intrinsic constructor of the view's kind (a Buffer gives Uint8Array), as the spec says.
    viewConstructor = kTypedArrayConstructors[typedArrayName.call(view)];
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.errorSteps(error);
    return;
  }
  const descriptor = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0, minimumFill, elementSize,
    viewConstructor, readerType: 'byob',
  };
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(descriptor);
    stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.closeSteps(new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (controller.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream is closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.errorSteps(error);
      return;
    }
  }
  controller.pendingPullIntos.push(descriptor);
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor) {
  const maxBytesToCopy = Math.min(controller.queueTotalSize, descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % descriptor.elementSize);
  if (maxAlignedBytes >= descriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = controller.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    new Uint8Array(descriptor.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    descriptor.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerConvertPullIntoDescriptor(descriptor) {
  return new descriptor.viewConstructor(descriptor.buffer, descriptor.byteOffset,
    descriptor.bytesFilled / descriptor.elementSize);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor) {
  const done = stream[kState].state === 'closed';
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  while (controller.pendingPullIntos.length > 0) {
    if (controller.queueTotalSize === 0) break;
    const descriptor = controller.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      controller.pendingPullIntos.shift();
      filled.push(descriptor);
    }
  }
  return filled;
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  const state = controller.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_STATE.TypeError('bytesWritten must be 0 on a closed stream');
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_STATE.TypeError('bytesWritten must be greater than 0');
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const first = controller.pendingPullIntos[0];
  const state = controller.stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_STATE.TypeError('The view must have a byteLength of 0 on a closed stream');
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('The view must have a non-zero byteLength');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view.byteOffset', view.byteOffset);
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view.buffer.byteLength', view.buffer.byteLength);
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view.byteLength', view.byteLength);
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  const stream = controller.stream;
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') controller.pendingPullIntos.shift();
    if (readerKind(stream) === 'byob') {
      while (readableStreamGetNumReadIntoRequests(stream) > 0) {
        readableByteStreamControllerCommitPullIntoDescriptor(stream, controller.pendingPullIntos.shift());
      }
    }
  } else {
    first.bytesFilled += bytesWritten;
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
      for (const descriptor of readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller)) {
        readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
      }
    } else if (first.bytesFilled >= first.minimumFill) {
      controller.pendingPullIntos.shift();
      const remainder = first.bytesFilled % first.elementSize;
      if (remainder > 0) {
        const end = first.byteOffset + first.bytesFilled;
        readableByteStreamControllerEnqueueClonedChunkToQueue(controller, first.buffer, end - remainder, remainder);
      }
      first.bytesFilled -= remainder;
      const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
      readableByteStreamControllerCommitPullIntoDescriptor(stream, first);
      for (const descriptor of filled) readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
    }
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

// tee() of a byte stream: two byte streams; the second branch gets copies, so the branches
// never share memory, and a pending BYOB read of a branch is answered when the source closes.
const byteTeeBranches = {
  create: (start, pull, cancel) => createReadableByteStream(start, pull, cancel),
  copy: (chunk) => new Uint8Array(chunk),
  enqueue: (branch, chunk) => readableByteStreamControllerEnqueue(branch[kState].controller, chunk),
  close: (branch) => {
    const controller = branch[kState].controller;
    readableByteStreamControllerClose(controller);
    if (controller.pendingPullIntos.length > 0) readableByteStreamControllerRespond(controller, 0);
  },
  error: (branch, error) => readableByteStreamControllerError(branch[kState].controller, error),
};

function readableByteStreamTee(stream) {
  return readableStreamTee(stream, byteTeeBranches);
}

for (const [Class, name] of [[ReadableStream, 'ReadableStream'], [ReadableStreamDefaultReader, 'ReadableStreamDefaultReader'],
  [ReadableStreamDefaultController, 'ReadableStreamDefaultController'], [ReadableByteStreamController, 'ReadableByteStreamController'],
  [ReadableStreamBYOBReader, 'ReadableStreamBYOBReader'], [ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, isReadableStream,
  ReadableByteStreamController, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  isReadableStreamLocked, createReadableStream, readableStreamCancel, readableStreamClose,
  readableStreamDefaultControllerEnqueue, readableStreamDefaultControllerClose,
  readableStreamDefaultControllerError, readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerGetDesiredSize, readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultReaderRead, readableStreamDefaultReaderRelease,
};
