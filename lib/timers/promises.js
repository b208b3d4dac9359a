'use strict';
// Promise forms of the timers: setTimeout, setImmediate, the setInterval async iterator, and
// scheduler.wait / scheduler.yield.

const { Timeout, Immediate, insert, clearTimeout, clearImmediate } = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject, validateNumber } = require('internal/validators');
const { kEmptyObject } = require('internal/util');

function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(new AbortError(undefined, { cause: signal?.reason }));
  }
}

function validateOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function setTimeout(after, value, options = kEmptyObject) {
  let signal, ref;
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const promise = new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      oncancel = cancelListenerHandler.bind(timeout, clearTimeout, reject, signal);
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ?
    promise.finally(() => signal.removeEventListener('abort', oncancel)) : promise;
}

function setImmediate(value, options = kEmptyObject) {
  let signal, ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const promise = new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = cancelListenerHandler.bind(immediate, clearImmediate, reject, signal);
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ?
    promise.finally(() => signal.removeEventListener('abort', oncancel)) : promise;
}

async function* setInterval(after, value, options = kEmptyObject) {
  validateObject(options, 'options');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearTimeout(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_ARG_TYPE('this', 'Scheduler', this);
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_ARG_TYPE('this', 'Scheduler', this);
    return setTimeout(delay, undefined, { signal: options?.signal });
  }
}

const scheduler = Object.create(Scheduler.prototype, { [kScheduler]: { __proto__: null, value: true } });

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
