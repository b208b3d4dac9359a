'use strict';
// events.once, events.on (an async iterator over emissions) and events.addAbortListener.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');
const { validateAbortSignal, validateFunction, validateObject, validateInteger } = require('internal/validators');

const kWatermarkData = Symbol.for('nodejs.watermarkData');

async function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    const opts = { __proto__: null, once: true };
    eventTargetAgnosticAddListener(emitter, name, resolver, opts);
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) signal.addEventListener('abort', abortListener, { once: true });
  });
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener, flags);
  else throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// An async iterator over `event` emissions; 'error' rejects the pending or next read.
function on(emitter, event, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const closeEvents = options.close ?? [];

  const iterator = Object.setPrototypeOf({
    next() {
      const value = unconsumedEvents.shift();
      if (value !== undefined) {
        if (paused && typeof emitter.resume === 'function' && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() { return closeHandler(); },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [kWatermarkData]: {
      get size() { return unconsumedEvents.length; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));

  eventTargetAgnosticAddListener(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  for (const name of closeEvents) eventTargetAgnosticAddListener(emitter, name, closeHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });

  return iterator;

  function abortListener() { errorHandler(new AbortError(undefined, { cause: signal?.reason })); }

  function eventHandler(...args) {
    const pending = unconsumedPromises.shift();
    if (pending) {
      pending.resolve(createIterResult(args, false));
    } else {
      unconsumedEvents.push(args);
      if (!paused && unconsumedEvents.length > highWatermark && typeof emitter.pause === 'function') {
        paused = true;
        emitter.pause();
      }
    }
  }

  function errorHandler(err) {
    const pending = unconsumedPromises.shift();
    if (pending) pending.reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    eventTargetAgnosticRemoveListener(emitter, event, eventHandler);
    if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorHandler);
    for (const name of closeEvents) eventTargetAgnosticRemoveListener(emitter, name, closeHandler);
    if (signal) signal.removeEventListener('abort', abortListener);
    finished = true;
    const doneResult = createIterResult(undefined, true);
    for (const pending of unconsumedPromises.splice(0)) pending.resolve(doneResult);
    return Promise.resolve(doneResult);
  }
}

function createIterResult(value, done) { return { value, done }; }


function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    const { kResistStopPropagation } = require('internal/event_target');
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeEventListener = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [Symbol.dispose]() { removeEventListener?.(); } };
}

module.exports = { once, on, addAbortListener };
