'use strict';
// domain (deprecated in Node, still used by old packages): a Domain collects emitters and
// callbacks; an 'error' event nobody listens for on a member emitter, an error passed to an
// intercepted callback, or an exception thrown while the domain is active and not caught goes to
// the domain's own 'error' listeners. Loading this module makes EventEmitter.prototype.emit
// domain-aware, as Node does.

const {
  codes: { ERR_UNHANDLED_ERROR, ERR_DOMAIN_CALLBACK_NOT_AVAILABLE },
} = require('internal/errors');

// Domains take uncaught exceptions the way a capture callback would: the two cannot coexist.
if (process.hasUncaughtExceptionCaptureCallback()) throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();

const EventEmitter = require('events');
const execution = require('internal/process/execution');

const stack = [];

// Runs `fn` inside `domain`. No finally: an exception leaves the domain active, so the
// uncaught-exception router finds it.
function runIn(domain, fn, thisArg, args) {
  domain.enter();
  const result = Reflect.apply(fn, thisArg, args);
  domain.exit();
  return result;
}

function setActive(domain) {
  exports.active = domain;
  process.domain = domain;
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    stack.push(this);
    setActive(this);
  }

  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.length = index;
    setActive(stack[stack.length - 1]);
  }

  add(emitter) {
    if (emitter.domain === this) return;
    if (emitter.domain) emitter.domain.remove(emitter);
    Object.defineProperty(emitter, 'domain', {
      __proto__: null, value: this, writable: true, enumerable: false, configurable: true,
    });
    this.members.push(emitter);
  }

  remove(emitter) {
    emitter.domain = null;
    const index = this.members.indexOf(emitter);
    if (index !== -1) this.members.splice(index, 1);
  }

  run(fn, ...args) {
    return runIn(this, fn, this, args);
  }

  bind(callback) {
    const domain = this;
    const bound = function(...args) {
      return runIn(domain, callback, this, args);
    };
    bound.domain = this;
    return bound;
  }

  intercept(callback) {
    const domain = this;
    const intercepted = function(error, ...args) {
      if (error) {
        if (typeof error === 'object') {
          error.domainBound = callback;
          error.domainThrown = false;
          error.domain = domain;
        }
        domain.emit('error', error);
        return undefined;
      }
      return runIn(domain, callback, this, args);
    };
    intercepted.domain = this;
    return intercepted;
  }
}

// An error the active domain takes: it leaves the domain (its handler runs outside it).
function handleInDomain(domain, error, thrown) {
  if (domain.listenerCount('error') === 0) return false;
  if (error !== null && typeof error === 'object') {
    Object.defineProperty(error, 'domain', { __proto__: null, value: domain, writable: true, configurable: true });
    error.domainThrown = thrown;
  }
  domain.exit();
  domain.emit('error', error);
  return true;
}

const { emit } = EventEmitter.prototype;
EventEmitter.prototype.emit = function(type, ...args) {
  const { domain } = this;
  if (domain === null || domain === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(emit, this, [type, ...args]);
  }
  if (type === 'error') {
    const error = args[0] ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof error === 'object') {
      error.domainEmitter = this;
      error.domain = domain;
      error.domainThrown = false;
    }
    domain.emit('error', error);
    return false;
  }
  return runIn(domain, emit, this, [type, ...args]);
};

// Callbacks scheduled while a domain is active (timers, immediates, nextTick, queueMicrotask,
// fs callbacks) run inside it.
const asyncContext = require('internal/async_context');
asyncContext.install();
const domainOfResource = new Map();
asyncContext.enableHook({
  init(asyncId) {
    if (process.domain) domainOfResource.set(asyncId, process.domain);
  },
  before(asyncId) { domainOfResource.get(asyncId)?.enter(); },
  after(asyncId) { domainOfResource.get(asyncId)?.exit(); },
  destroy(asyncId) { domainOfResource.delete(asyncId); },
});

// Exceptions nobody caught go to the active domain first.
execution.setUncaughtExceptionRouter((error) => {
  const domain = process.domain;
  return domain !== null && domain !== undefined && handleInDomain(domain, error, true);
});

function create() { return new Domain(); }

process.domain ??= null;

exports.Domain = Domain;
exports.active = null;
exports.create = create;
exports.createDomain = create;
exports._stack = stack;
