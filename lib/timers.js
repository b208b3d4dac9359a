'use strict';

const {
  Timeout, Immediate, insert, unenroll, clearTimeout: clearTimeoutImpl, clearImmediate: clearImmediateImpl,
  active, unrefActive, getTimerDuration,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) { clearTimeoutImpl(timer); }

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) { clearTimeoutImpl(timer); }

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 4; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  return new Immediate(callback, args);
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
  enumerable: true, get() { return lazyPromises().setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
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
  enumerable: true, configurable: true, get() { return lazyPromises(); },
});
