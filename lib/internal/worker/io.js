'use strict';
// MessageChannel and MessagePort within one thread: each port queues what its partner posts
// (a structured clone) and delivers it as 'message' events on a later turn of the event loop,
// once started. A started port with 'message' listeners keeps the process alive until it is
// closed or unref()'d.

const {
  codes: { ERR_CONSTRUCT_CALL_INVALID, ERR_CONSTRUCT_CALL_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  Event, NodeEventTarget, defineEventHandler, kCreateEvent, kHybridDispatch,
} = require('internal/event_target');
const { structuredClone } = require('internal/structured_clone');
const { kTransfer, kDetached } = require('internal/worker/js_transferable');

const kPartner = Symbol('kPartner');
const kQueue = Symbol('kQueue');
const kStarted = Symbol('kStarted');
const kClosed = Symbol('kClosed');
const kRefed = Symbol('kRefed');
const kScheduled = Symbol('kScheduled');
const kKeepsAlive = Symbol('kKeepsAlive');

class MessageEvent extends Event {
  #data; #origin; #lastEventId; #source; #ports;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = options ?? {};
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = [...ports];
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}

// Ports that keep the loop alive share one ref'd timer; with none left it is unref'd.
let keepAliveTimer;
let keepAliveCount = 0;
function updateKeepAlive(port) {
  const wanted = port[kStarted] && port[kRefed] && !port[kClosed] && port.listenerCount('message') > 0;
  if (wanted === port[kKeepsAlive]) return;
  port[kKeepsAlive] = wanted;
  keepAliveCount += wanted ? 1 : -1;
  if (keepAliveCount > 0) {
    keepAliveTimer ??= setInterval(() => {}, 0x7fffffff);
    keepAliveTimer.ref();
  } else {
    keepAliveTimer?.unref();
  }
}

function scheduleDelivery(port) {
  if (port[kScheduled] || !port[kStarted] || port[kQueue].length === 0) return;
  port[kScheduled] = true;
  setImmediate(() => {
    port[kScheduled] = false;
    while (port[kStarted] && port[kQueue].length > 0) {
      const message = port[kQueue].shift();
      if (message === kClosed) {
        // Closing takes one more turn of the loop, as a handle's close does: messages already
        // on their way elsewhere arrive first.
        port[kStarted] = false;
        setImmediate(finishClose, port);
        return;
      }
      port[kHybridDispatch](message, 'message', undefined);
      // A `once` listener is gone now: the port may no longer keep the process alive.
      updateKeepAlive(port);
    }
  });
}

function finishClose(port) {
  port[kClosed] = true;
  port[kQueue].length = 0;
  updateKeepAlive(port);
  port[kHybridDispatch](undefined, 'close', undefined);
}

function entangle(a, b) {
  a[kPartner] = b;
  b[kPartner] = a;
}

class MessagePortImpl extends NodeEventTarget {
  constructor() {
    super();
    this[kPartner] = null;
    this[kQueue] = [];
    this[kStarted] = false;
    this[kClosed] = false;
    this[kRefed] = true;
    this[kScheduled] = false;
    this[kKeepsAlive] = false;
  }

  postMessage(message, transfer = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (transfer !== undefined && transfer !== null && !Array.isArray(transfer) && typeof transfer === 'object' &&
        typeof transfer[Symbol.iterator] !== 'function') {
      transfer = transfer.transfer;
    }
    if (transfer !== undefined && transfer !== null && typeof transfer[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transfer', 'Array', transfer);
    }
    for (const item of transfer ?? []) {
      if (item === this) {
        const { DOMException } = require('internal/per_context/domexception');
        throw new DOMException('Transfer list contains source port', 'DataCloneError');
      }
    }
    const data = structuredClone(message, { transfer: transfer ?? [] });
    const partner = this[kPartner];
    if (this[kClosed] || partner === null) return;
    partner[kQueue].push(data);
    scheduleDelivery(partner);
  }

  start() {
    if (this[kClosed]) return;
    this[kStarted] = true;
    updateKeepAlive(this);
    scheduleDelivery(this);
  }

  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    const partner = this[kPartner];
    if (this[kClosed] || partner === null && this[kQueue].includes(kClosed)) return;
    this[kPartner] = null;
    if (partner !== null) {
      partner[kPartner] = null;
      partner[kQueue].push(kClosed);
      partner[kStarted] = true;
      scheduleDelivery(partner);
    }
    this[kQueue].push(kClosed);
    this[kStarted] = true;
    scheduleDelivery(this);
  }

  ref() {
    this[kRefed] = true;
    updateKeepAlive(this);
    return this;
  }

  unref() {
    this[kRefed] = false;
    updateKeepAlive(this);
    return this;
  }

  hasRef() { return this[kKeepsAlive]; }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (`${type}` === 'message') this.start();
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    if (`${type}` === 'message') updateKeepAlive(this);
  }

  [kCreateEvent](data, type) {
    return type === 'message' ? new MessageEvent(type, { data }) : new Event(type);
  }

  [kDetached]() { return this[kPartner] === null; }

  // Moving a port: a new port takes this one's place in the channel, with its queued messages.
  [kTransfer]() {
    const moved = new MessagePortImpl();
    const partner = this[kPartner];
    if (partner !== null) entangle(moved, partner);
    moved[kQueue] = this[kQueue];
    this[kQueue] = [];
    this[kPartner] = null;
    this[kClosed] = true;
    updateKeepAlive(this);
    return moved;
  }
}
// Ports come only from channels: the public constructor refuses every call.
function MessagePort() { throw new ERR_CONSTRUCT_CALL_INVALID(); }
MessagePort.prototype = MessagePortImpl.prototype;
Object.defineProperty(MessagePortImpl.prototype, 'constructor', {
  __proto__: null, value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(MessagePort, NodeEventTarget);
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessagePort', writable: false, enumerable: false, configurable: true,
});

function MessageChannel() {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
  this.port1 = new MessagePortImpl();
  this.port2 = new MessagePortImpl();
  entangle(this.port1, this.port2);
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    const error = new TypeError('The "port" argument must be a MessagePort instance');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  const queue = port[kQueue];
  if (queue.length === 0 || queue[0] === kClosed) return undefined;
  return { message: queue.shift() };
}

module.exports = { MessageChannel, MessagePort, MessageEvent, receiveMessageOnPort };
