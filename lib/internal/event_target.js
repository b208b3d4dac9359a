'use strict';
// EventTarget, Event, CustomEvent and Node's NodeEventTarget.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_EVENT_RECURSION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

const kEvents = Symbol('kEvents');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = performanceNow();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options', 7);
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${lazyInspect().inspect({
      type: this[kType], defaultPrevented: this.#defaultPrevented, cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() { this[kStop] = true; }
  preventDefault() { if (this.#cancelable) this.#defaultPrevented = true; }
  get target() { return this[kTarget]; }
  get currentTarget() { return this[kIsBeingDispatched] ? this[kTarget] : null; }
  get srcElement() { return this[kTarget]; }
  get type() { return this[kType]; }
  get cancelable() { return this.#cancelable; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { return this.#timestamp; }
  composedPath() { return this[kIsBeingDispatched] ? [this[kTarget]] : []; }
  get returnValue() { return !(this.#cancelable && this.#defaultPrevented); }
  get bubbles() { return this.#bubbles; }
  get composed() { return this.#composed; }
  get eventPhase() { return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { return this.#propagationStopped; }
  set cancelBubble(value) { if (value) this.stopPropagation(); }
  stopPropagation() { this.#propagationStopped = true; }
  get isTrusted() { return isTrustedSet.has(this); }

}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
}
const isTrustedSet = new WeakSet();
Object.defineProperty(Event.prototype, Symbol.toStringTag, { writable: false, enumerable: false, configurable: true, value: 'Event' });
for (const key of ['type', 'target', 'currentTarget', 'srcElement', 'timeStamp', 'cancelable', 'defaultPrevented',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'isTrusted', 'initEvent',
  'stopImmediatePropagation', 'preventDefault', 'composedPath', 'stopPropagation']) {
  Object.defineProperty(Event.prototype, key, { enumerable: true });
}

// An event's timeStamp is performance time: milliseconds since the process started.
let perfNow;
function performanceNow() {
  perfNow ??= require('internal/perf/utils').now;
  return perfNow();
}

class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }
  get detail() { return this[kDetail]; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { writable: false, enumerable: false, configurable: true, value: 'CustomEvent' });
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options == null) return {};
  validateObject(options, 'options', 7);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
    resistStopPropagation: Boolean(options[kResistStopPropagation]),
  };
}
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
// An internal option: the listener runs even after stopImmediatePropagation() (addAbortListener).
const kResistStopPropagation = Symbol('kResistStopPropagation');

function isEventTarget(obj) { return obj?.constructor?.[kIsEventTarget] === true || obj?.[kIsEventTarget] === true; }

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, isNodeStyleListener, resistStopPropagation } =
      validateEventListenerOptions(options);
    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    let list = this[kEvents].get(type);
    if (list === undefined) {
      list = [];
      this[kEvents].set(type, list);
    }
    for (const record of list) {
      if (record.listener === listener && record.capture === capture) return;
    }
    list.push({ listener, once, capture, passive, isNodeStyleListener, resistStopPropagation, removed: false });
    const max = this[kMaxEventTargetListeners] ?? require('events').defaultMaxListeners;
    if (max > 0 && list.length > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${list.length} ${type} listeners added to ${lazyInspect().inspect(this, { depth: -1 })}. ` +
        'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = list.length;
      process.emitWarning(w);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const capture = options != null && typeof options === 'object' ? Boolean(options.capture) : Boolean(options);
    type = `${type}`;
    const list = this[kEvents].get(type);
    if (list === undefined) return;
    const index = list.findIndex((r) => r.listener === listener && r.capture === capture);
    if (index !== -1) {
      list[index].removed = true;
      list.splice(index, 1);
      if (list.length === 0) this[kEvents].delete(type);
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const list = this[kEvents].get(type);
    if (list !== undefined) {
      for (const record of [...list]) {
        if (record.removed || (event?.[kStop] && !record.resistStopPropagation)) continue;
        if (record.once) {
          record.removed = true;
          const index = list.indexOf(record);
          if (index !== -1) list.splice(index, 1);
          if (list.length === 0) this[kEvents].delete(type);
        }
        try {
          let arg;
          if (record.isNodeStyleListener) arg = nodeValue;
          else arg = createEvent();
          const callback = typeof record.listener === 'function' ? record.listener : record.listener.handleEvent;
          let result;
          if (typeof record.listener === 'function') result = Reflect.apply(callback, this, [arg]);
          else if (typeof callback === 'function') result = Reflect.apply(callback, record.listener, [arg]);
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, (err) => process.nextTick(() => { throw err; }));
          }
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) { return new CustomEvent(type, { detail: nodeValue }); }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${lazyInspect().inspect({}, opts)}`;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { writable: false, enumerable: false, configurable: true, value: 'EventTarget' });
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: true });
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = require('events').defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
}

// EventTarget with EventEmitter-style methods; listeners get the value, not an Event.
class NodeEventTarget extends EventTarget {
  static [kIsEventTarget] = true;
  setMaxListeners(n) { this[kMaxEventTargetListeners] = n; }
  getMaxListeners() { return this[kMaxEventTargetListeners]; }
  eventNames() { return [...this[kEvents].keys()]; }
  listenerCount(type) { return this[kEvents].get(String(type))?.length ?? 0; }
  off(type, listener, options) { this.removeEventListener(type, listener, options); return this; }
  removeListener(type, listener, options) { this.removeEventListener(type, listener, options); return this; }
  on(type, listener) { this.addEventListener(type, listener, { [kIsNodeStyleListener]: true }); return this; }
  addListener(type, listener) { return this.on(type, listener); }
  emit(type, arg) {
    validateString(type, 'type');
    const had = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return had;
  }
  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }
  removeAllListeners(type) {
    if (type !== undefined) this[kEvents].delete(`${type}`);
    else this[kEvents].clear();
    return this;
  }
}

function defineEventHandler(emitter, name, event = name) {
  const key = Symbol(`on${name}`);
  Object.defineProperty(emitter, `on${name}`, {
    get() { return this[key]?.handler ?? null; },
    set(value) {
      if (this[key]) this.removeEventListener(event, this[key].wrapped);
      if (typeof value === 'function' || (typeof value === 'object' && value !== null)) {
        const wrapped = (e) => (typeof value === 'function' ? Reflect.apply(value, this, [e]) : value.handleEvent(e));
        this[key] = { handler: value, wrapped };
        this.addEventListener(event, wrapped);
      } else {
        this[key] = undefined;
      }
    },
    configurable: true,
    enumerable: true,
  });
}

module.exports = {
  kResistStopPropagation,
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kTrustEvent,
  kIsNodeStyleListener,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
};
