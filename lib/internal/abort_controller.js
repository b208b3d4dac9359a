'use strict';
// AbortController and AbortSignal (abort, timeout, any, reason, throwIfAborted, onabort).

const { EventTarget, Event, kTrustEvent, defineEventHandler } = require('internal/event_target');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { validateAbortSignal, validateArray, validateUint32 } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kSourceSignals = Symbol('kSourceSignals');

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

  static any(signals) {
    validateArray(signals, 'signals');
    signals.forEach((signal, i) => validateAbortSignal(signal, `signals[${i}]`));
    const result = createAbortSignal();
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
    }
    result[kSourceSignals] = signals;
    for (const signal of signals) {
      signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
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
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
}

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
