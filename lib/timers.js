'use strict';

const {
  Timeout, Immediate, insert, unenroll, clearTimeout: clearTimeoutImpl, clearImmediate: clearImmediateImpl,
  active, unrefActive, getTimerDuration,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

// The extra arguments of a timer call, from `start` on; undefined when there are none. The
// named parameters only give the functions the `length` Node's have.
function collectArgs(args, start) {
  if (args.length <= start) return undefined;
  const result = new Array(args.length - start);
  for (let i = start; i < args.length; i++) result[i - start] = args[i];
  return result;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, collectArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) { clearTimeoutImpl(timer); }

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, collectArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) { clearTimeoutImpl(timer); }

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, collectArgs(arguments, 1));
}

function clearImmediate(immediate) { clearImmediateImpl(immediate); }

// Legacy helpers, deprecated in Node but still used by old packages.
function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenroll(item);
  item._idleTimeout = msecs;
  item._idlePrev = item;
  item._idleNext = item;
}

let promisesModule;
function lazyPromises() {
  promisesModule ??= require('timers/promises');
  return promisesModule;
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: true, get() { return lazyPromises().setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: true, get() { return lazyPromises().setImmediate; },
});

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: unrefActive,
  active,
  unenroll: (item) => { clearTimeoutImpl(item); unenroll(item); },
  enroll,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true, configurable: true, get() { return lazyPromises(); },
});
