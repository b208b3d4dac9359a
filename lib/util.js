'use strict';

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const {
  callbackify, deprecate, getSystemErrorMap, getSystemErrorName, inherits, promisify, toUSVString,
  defineLazyProperties,
} = require('internal/util');
const types = require('internal/util/types');
const { validateString, validateOneOf } = require('internal/validators');

const debugSections = new Map();
let debugPattern;
function debuglog(set, cb) {
  set = set.toUpperCase();
  let enabled;
  let logger;
  function init() {
    if (debugPattern === undefined) {
      const env = process.env.NODE_DEBUG ?? '';
      debugPattern = env ? new RegExp(`^(${env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')
        .replace(/,/g, '$|^')})$`, 'i') : null;
    }
    enabled = debugPattern !== null && debugPattern.test(set);
    logger = enabled ? (...args) => {
      process.stderr.write(`${set} ${process.pid}: ${format(...args)}\n`);
    } : () => {};
    if (enabled && typeof cb === 'function') cb(logger);
  }
  const debug = (...args) => {
    if (logger === undefined) init();
    logger(...args);
  };
  Object.defineProperty(debug, 'enabled', {
    __proto__: null,
    get() {
      if (logger === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  debugSections.set(set, debug);
  return debug;
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function styleText(format, text) {
  validateString(text, 'text');
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    const code = inspect.colors[key];
    if (code === undefined) validateOneOf(key, 'format', Object.keys(inspect.colors));
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  return `${left}${text}${right}`;
}

function aborted(signal, resource) {
  const { validateAbortSignal, validateObject, kValidateObjectAllowFunction } = require('internal/validators');
  if (signal === undefined) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowFunction);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function parseArgs(config) { return require('internal/util/parse_args').parseArgs(config); }

const deprecated = (fn, name, code) => deprecate(fn, `The \`util.${name}\` API is deprecated.`, code);

module.exports = {
  // Older helpers for making system errors, which some packages still call.
  _errnoException: (errno, syscall, original) => require('internal/errors').errnoException(errno, syscall, original),
  _exceptionWithHostPort: (errno, syscall, address, port, additional) =>
    require('internal/errors').exceptionWithHostPort(errno, syscall, address, port, additional),
  _extend: deprecate(function _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    const keys = Object.keys(source);
    let i = keys.length;
    while (i--) target[keys[i]] = source[keys[i]];
    return target;
  }, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  aborted,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: deprecated(Array.isArray, 'isArray', 'DEP0044'),
  isBoolean: deprecated((v) => typeof v === 'boolean', 'isBoolean', 'DEP0045'),
  isBuffer: deprecated((v) => require('buffer').Buffer.isBuffer(v), 'isBuffer', 'DEP0046'),
  isDate: deprecated(types.isDate, 'isDate', 'DEP0047'),
  isError: deprecated((e) => types.isNativeError(e) || e instanceof Error, 'isError', 'DEP0048'),
  isFunction: deprecated((v) => typeof v === 'function', 'isFunction', 'DEP0049'),
  isNull: deprecated((v) => v === null, 'isNull', 'DEP0050'),
  isNullOrUndefined: deprecated((v) => v === null || v === undefined, 'isNullOrUndefined', 'DEP0051'),
  isNumber: deprecated((v) => typeof v === 'number', 'isNumber', 'DEP0052'),
  isObject: deprecated((v) => v !== null && typeof v === 'object', 'isObject', 'DEP0053'),
  isPrimitive: deprecated((v) => v === null || (typeof v !== 'object' && typeof v !== 'function'), 'isPrimitive', 'DEP0054'),
  isRegExp: deprecated(types.isRegExp, 'isRegExp', 'DEP0055'),
  isString: deprecated((v) => typeof v === 'string', 'isString', 'DEP0056'),
  isSymbol: deprecated((v) => typeof v === 'symbol', 'isSymbol', 'DEP0057'),
  isUndefined: deprecated((v) => v === undefined, 'isUndefined', 'DEP0058'),
  isDeepStrictEqual,
  log: deprecate(function log(...args) {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
  }, 'The `util.log` API is deprecated.', 'DEP0059'),
  parseArgs,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  types,
};
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
defineLazyProperties(module.exports, 'internal/abort_controller', ['transferableAbortSignal', 'transferableAbortController']);
