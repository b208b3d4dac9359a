'use strict';
// AbortController and AbortSignal (abort, timeout, any, reason, throwIfAborted, onabort).

const { EventTarget, Event, kTrustEvent, defineEventHandler } = require('internal/event_target');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateAbortSignal, validateArray, validateUint32 } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kSourceSignals = Symbol('kSourceSignals');
const kDependentSignals = Symbol('kDependentSignals');

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  // A dependent signal is held by its sources weakly; one with an 'abort' listener is kept
  // until it aborts, so the listener cannot be lost to garbage collection.
  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (`${type}` === 'abort' && this[kSourceSignals] !== undefined && !this[kAborted]) listenedDependents.add(this);
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const { inspect } = require('internal/util/inspect');
    return `AbortSignal ${inspect({ aborted: this.aborted }, options)}`;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    const { setTimeout } = require('timers');
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  // A dependent signal follows its sources directly (a dependent of dependents follows their
  // sources), so the 'abort' events fire in the order the signals were made.
  static any(signals) {
    validateArray(signals, 'signals');
    signals.forEach((signal, i) => {
      if (signal === undefined) throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signal);
      validateAbortSignal(signal, `signals[${i}]`);
    });
    const result = createAbortSignal();
    for (const signal of signals) {
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    const sources = new Set();
    for (const signal of signals) {
      if (signal[kSourceSignals] === undefined) sources.add(signal);
      else for (const source of signal[kSourceSignals]) sources.add(source);
    }
    result[kSourceSignals] = sources;
    const reference = new WeakRef(result);
    for (const source of sources) {
      const dependents = (source[kDependentSignals] ??= new Set());
      for (const dependent of dependents) if (dependent.deref() === undefined) dependents.delete(dependent);
      dependents.add(reference);
    }
    return result;
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { writable: false, enumerable: false, configurable: true, value: 'AbortSignal' });
for (const key of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, key, { enumerable: true });
}

function createAbortSignal({ aborted = false, reason = undefined } = {}) {
  const signal = new AbortSignal(kDontThrowSymbol);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  listenedDependents.delete(signal);
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  // As in Node, each dependent is aborted (and its listeners run) after the signal's listeners.
  for (const reference of signal[kDependentSignals] ?? []) {
    const dependent = reference.deref();
    if (dependent !== undefined) abortSignal(dependent, reason);
  }
}
const listenedDependents = new Set();

const kSignal = Symbol('signal');

class AbortController {
  constructor() {
    this[kSignal] = createAbortSignal();
  }

  get signal() {
    if (!this?.[kSignal]) throw new ERR_INVALID_THIS('AbortController');
    return this[kSignal];
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!this?.[kSignal]) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this[kSignal], reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const { inspect } = require('internal/util/inspect');
    return `AbortController ${inspect({ signal: this.signal }, options)}`;
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { writable: false, enumerable: false, configurable: true, value: 'AbortController' });
for (const key of ['signal', 'abort']) Object.defineProperty(AbortController.prototype, key, { enumerable: true });

// A transferable signal can be listed in a postMessage transfer list, any number of times: each
// receiver gets a signal that follows this one (aborted now, or when this one aborts).
function transferableAbortSignal(signal) {
  if (signal?.[kAborted] === undefined) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  const { kTransfer } = require('internal/worker/js_transferable');
  Object.defineProperty(signal, kTransfer, {
    __proto__: null,
    configurable: true,
    value() {
      const follower = createAbortSignal({ aborted: signal[kAborted], reason: signal[kAborted] ? structuredClone(signal[kReason]) : undefined });
      if (!signal[kAborted]) {
        signal.addEventListener('abort', () => abortSignal(follower, structuredClone(signal[kReason])), { once: true });
      }
      return follower;
    },
  });
  return signal;
}

function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

module.exports = {
  AbortController,
  AbortSignal,
  kAborted,
  transferableAbortSignal,
  transferableAbortController,
};
