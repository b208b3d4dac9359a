'use strict';
// Unhandled promise rejections with Node's modes (--unhandled-rejections=throw|strict|warn|none|
// warn-with-error-code; default throw) and events (unhandledRejection, rejectionHandled).
//
// The engine reports, after each drain of promise jobs, every rejected promise that still has
// no handler; one that has a handler by the time the reports are processed (after the ticks and
// promise jobs that follow) was handled in time. The engine has no "handled later" notice, so
// while processed promises are outstanding a wrapper on Promise.prototype.then notices a
// handler being attached to one of them.

const { tickInfo } = internalBinding('task_queue');
const { promiseIsHandled } = internalBinding('util');

// Must match kHasRejectionToWarn in Sources/Bindings/TaskQueueBinding.swift.
const kHasRejectionToWarn = 1;

const pendingUnhandledRejections = [];
const reportedPromises = new WeakMap();   // promise -> { reason, uid, warned }
let reportedCount = 0;
let lastPromiseId = 0;
const asyncHandledRejections = [];

const kIgnore = 0, kThrow = 1, kStrict = 2, kWarn = 3, kWarnWithErrorCode = 4, kNone = 5;
let mode = kThrow;

function setUnhandledRejectionsMode(value) {
  switch (value) {
    case 'strict': mode = kStrict; break;
    case 'warn': mode = kWarn; break;
    case 'none': mode = kNone; break;
    case 'warn-with-error-code': mode = kWarnWithErrorCode; break;
    case 'throw': case undefined: mode = kThrow; break;
    default: mode = kIgnore;
  }
}

function hasRejectionToWarn() { return tickInfo[kHasRejectionToWarn] === 1; }
function setHasRejectionToWarn(value) { tickInfo[kHasRejectionToWarn] = value ? 1 : 0; }

// Called by the engine (see TaskQueueBinding.setUnhandledRejectionCallback).
function unhandledRejection(promise, reason) {
  if (reportedPromises.has(promise)) return;
  pendingUnhandledRejections.push({ promise, reason, uid: ++lastPromiseId });
  setHasRejectionToWarn(true);
}

const nativeThen = Promise.prototype.then;
let thenWrapped = false;

function watchForLateHandlers() {
  if (thenWrapped) return;
  thenWrapped = true;
  Object.defineProperty(Promise.prototype, 'then', {
    __proto__: null,
    value: function then(onFulfilled, onRejected) {
      if (reportedCount > 0) noteHandled(this);
      return Reflect.apply(nativeThen, this, [onFulfilled, onRejected]);
    },
    writable: true, enumerable: false, configurable: true,
  });
}

function noteHandled(promise) {
  const info = reportedPromises.get(promise);
  if (info === undefined) return;
  reportedPromises.delete(promise);
  reportedCount--;
  if (!info.warned) return;
  const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
  warning.name = 'PromiseRejectionHandledWarning';
  warning.id = info.uid;
  asyncHandledRejections.push({ promise, warning });
  setHasRejectionToWarn(true);
}

// Two warnings, as Node emits them: the reason itself, then the explanation.
function emitWarningFor(uid, reason) {
  try {
    if (isErrorLike(reason)) process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    else process.emitWarning(safeToString(reason), 'UnhandledPromiseRejectionWarning');
  } catch {
    // A reason that cannot be printed still gets the explanation below.
  }
  const warning = new Error('Unhandled promise rejection. This error originated either by throwing ' +
    'inside of an async function without a catch block, or by rejecting a promise which was not ' +
    `handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI ` +
    `flag \`--unhandled-rejections=strict\` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ` +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  if (isErrorLike(reason)) warning.stack = reason.stack;
  process.emitWarning(warning);
}

function safeToString(value) {
  try {
    return typeof value === 'symbol' ? value.toString() : `${value}`;
  } catch {
    return '[object Object]';
  }
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'stack');
}

// What is thrown for a rejection whose reason is not an error: named after what happened.
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    const { inspect } = require('internal/util/inspect');
    super('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
      `"${inspect(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  __proto__: null,
  value: 'UnhandledPromiseRejection', writable: true, enumerable: false, configurable: true,
});

function unhandledRejectionError(reason) {
  return new UnhandledPromiseRejection(reason);
}

function triggerUncaught(error) {
  require('internal/process/execution').triggerUncaughtException(error, true);
}

function processPromiseRejections() {
  let handledLater;
  while ((handledLater = asyncHandledRejections.shift()) !== undefined) {
    if (!process.emit('rejectionHandled', handledLater.promise)) process.emitWarning(handledLater.warning);
  }
  let item;
  while ((item = pendingUnhandledRejections.shift()) !== undefined) {
    const { promise, reason, uid } = item;
    // A handler attached since the engine's report (in a later tick or promise job, before
    // this pass) makes the rejection handled in time: no event.
    if (promiseIsHandled(promise) === true) continue;
    // Every reported rejection counts as warned: a handler attached later emits 'rejectionHandled'.
    const info = { reason, uid, warned: true };
    reportedPromises.set(promise, info);
    reportedCount++;
    watchForLateHandlers();
    switch (mode) {
      case kStrict: {
        const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
        triggerUncaught(err);
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) emitWarningFor(uid, reason);
        break;
      }
      case kIgnore:
      case kNone:
        process.emit('unhandledRejection', reason, promise);
        break;
      case kWarn: {
        process.emit('unhandledRejection', reason, promise);
        emitWarningFor(uid, reason);
        break;
      }
      case kWarnWithErrorCode: {
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          emitWarningFor(uid, reason);
          process.exitCode = 1;
        }
        break;
      }
      default: {
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
          triggerUncaught(err);
        }
      }
    }
  }
  setHasRejectionToWarn(asyncHandledRejections.length > 0 || pendingUnhandledRejections.length > 0);
}

module.exports = {
  hasRejectionToWarn,
  processPromiseRejections,
  setUnhandledRejectionsMode,
  unhandledRejection,
};
