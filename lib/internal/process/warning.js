'use strict';
// process.emitWarning and the default 'warning' listener that prints
// "(node:PID) [CODE] Type: message" to stderr.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');

let traceWarningHelperShown = false;

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (process.noProcessWarnings) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${process.release.name} ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  const redirect = redirectTarget();
  if (redirect) {
    try {
      require('fs').appendFileSync(redirect, `${msg}\n`);
      return;
    } catch {
      // An unwritable file falls back to stderr, as in Node.
    }
  }
  // Through process.stderr once the program has touched it (it may have replaced write()).
  const { touched, directWriter } = require('internal/process/stdio_state');
  (touched.stderr ? process.stderr : directWriter(2)).write(`${msg}\n`);
}

// --redirect-warnings=file (or NODE_REDIRECT_WARNINGS) sends warnings to a file.
function redirectTarget() {
  return require('internal/options').getOptionValue('--redirect-warnings') ??
    (process.env.NODE_REDIRECT_WARNINGS || undefined);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  if (process.traceProcessWarnings !== true) Error.stackTraceLimit = 0;
  warning = new Error(warning);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on the next tick, so it reaches 'uncaughtException' rather than the caller.
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning, onWarning };
