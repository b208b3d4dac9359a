'use strict';
// TransformStream (WHATWG Streams): a writable side whose chunks pass through `transform`
// to the readable side, with backpressure from the readable side to the writable side.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, defineState, requireBrand, deferred, nop, promiseCall, extractHighWaterMark, extractSizeAlgorithm,
  dictionary, customInspect,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

const kConstruct = Symbol('kConstruct');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === null) throw new ERR_INVALID_ARG_TYPE('transformer', 'object', transformer);
    transformer = dictionary(transformer, 'transformer');
    writableStrategy = dictionary(writableStrategy, 'writableStrategy');
    readableStrategy = dictionary(readableStrategy, 'readableStrategy');
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategy);
    const startPromise = deferred();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSizeAlgorithm,
      readableHighWaterMark, readableSizeAlgorithm);
    const controllerObject = setUpTransformStreamDefaultControllerFromTransformer(this, transformer);
    if (transformer.start !== undefined) {
      if (typeof transformer.start !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('transformer.start', 'Function', transformer.start);
      }
      startPromise.resolve(Reflect.apply(transformer.start, transformer, [controllerObject]));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    return requireBrand(this, 'TransformStream').readable;
  }

  get writable() {
    return requireBrand(this, 'TransformStream').writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = requireBrand(this, 'TransformStream');
    return customInspect(this, 'TransformStream', {
      readable: state.readable, writable: state.writable, backpressure: state.backpressure,
    }, depth, options);
  }
}

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
                                   readableHighWaterMark, readableSizeAlgorithm) {
  const state = {
    readable: undefined, writable: undefined, backpressure: undefined, backpressureChangePromise: undefined,
    controller: undefined,
  };
  defineState(stream, 'TransformStream', state);
  const startAlgorithm = () => startPromise.promise;
  state.writable = W.createWritableStream(startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSizeAlgorithm);
  state.readable = R.createReadableStream(startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSizeAlgorithm);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  R.readableStreamDefaultControllerError(stream[kState].readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  W.writableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChangePromise !== undefined) state.backpressureChangePromise.resolve(undefined);
  state.backpressureChangePromise = deferred();
  state.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const controller = requireBrand(this, 'TransformStreamDefaultController');
    const readableController = controller.stream[kState].readable[kState].controller;
    return R.readableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    transformStreamDefaultControllerEnqueue(requireBrand(this, 'TransformStreamDefaultController'), chunk);
  }

  error(reason = undefined) {
    transformStreamError(requireBrand(this, 'TransformStreamDefaultController').stream, reason);
  }

  terminate() {
    transformStreamDefaultControllerTerminate(requireBrand(this, 'TransformStreamDefaultController'));
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const controller = requireBrand(this, 'TransformStreamDefaultController');
    return customInspect(this, 'TransformStreamDefaultController', { stream: controller.stream }, depth, options);
  }
}

function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controllerObject = new TransformStreamDefaultController(kConstruct);
  const { transform, flush } = transformer;
  if (transform !== undefined && typeof transform !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('transformer.transform', 'Function', transform);
  }
  if (flush !== undefined && typeof flush !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('transformer.flush', 'Function', flush);
  }
  const controller = { object: controllerObject, stream, transformAlgorithm: undefined, flushAlgorithm: undefined };
  defineState(controllerObject, 'TransformStreamDefaultController', controller);
  stream[kState].controller = controller;
  controller.transformAlgorithm = transform ?
    (chunk) => promiseCall(transform, transformer, chunk, controllerObject) :
    (chunk) => {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    };
  controller.flushAlgorithm = flush ? () => promiseCall(flush, transformer, controllerObject) : () => Promise.resolve();
  return controllerObject;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream[kState].readable[kState].controller;
  if (!R.readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    R.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = R.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller.stream;
  R.readableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream terminated'));
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  return controller.transformAlgorithm(chunk).then(undefined, (error) => {
    transformStreamError(controller.stream, error);
    throw error;
  });
}

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const state = stream[kState];
  const controller = state.controller;
  if (state.backpressure) {
    return state.backpressureChangePromise.promise.then(() => {
      const writable = state.writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  transformStreamError(stream, reason);
  return Promise.resolve();
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const state = stream[kState];
  const readable = state.readable;
  const controller = state.controller;
  const flushPromise = controller.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  return flushPromise.then(() => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    R.readableStreamDefaultControllerClose(readable[kState].controller);
  }, (error) => {
    transformStreamError(stream, error);
    throw readable[kState].storedError;
  });
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  transformStreamErrorWritableAndUnblockWrite(stream, reason);
  return Promise.resolve();
}

for (const [Class, name] of [[TransformStream, 'TransformStream'],
  [TransformStreamDefaultController, 'TransformStreamDefaultController']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { TransformStream, TransformStreamDefaultController, nop };
