'use strict';
// Helpers shared by lib/ modules.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION } } = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');

let uvErrors;
// errno -> [name, description], from libuv.
function uvErrorMap() {
  if (uvErrors === undefined) {
    uvErrors = new Map();
    const list = internalBinding('uv').getErrorMap();
    for (let i = 0; i < list.length; i += 3) uvErrors.set(list[i], [list[i + 1], list[i + 2]]);
  }
  return uvErrors;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return uvErrorMap().get(err)?.[0] ?? `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return new Map(uvErrorMap());
}

function getSystemErrorMessage(err) {
  return uvErrorMap().get(err)?.[1] ?? `Unknown system error ${err}`;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    Object.defineProperty(fn, key, descriptors[key]);
  }
  return Object.defineProperties(fn, {
    length: { __proto__: null, value: Math.max(0, original.length - 1), configurable: true },
    name: { __proto__: null, value: original.name, configurable: true },
  });
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (const descriptor of propertiesValues) Object.setPrototypeOf(descriptor, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) require('internal/validators').validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

function createDeferredPromise() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function toUSVString(string) {
  return `${string}`.toWellFormed();
}

function isError(e) {
  return require('internal/util/types').isNativeError(e) || e instanceof Error;
}

function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    let value;
    let loaded = false;
    Object.defineProperty(target, key, {
      __proto__: null,
      enumerable,
      configurable: true,
      get() {
        if (!loaded) {
          mod ??= require(id);
          value = mod[key];
          loaded = true;
        }
        return value;
      },
      set(newValue) { Object.defineProperty(this, key, { __proto__: null, value: newValue, writable: true, enumerable, configurable: true }); },
    });
  }
}

// What an object's util.inspect.custom returns: "Type { fields }", one level deeper, or the
// object itself below the depth limit.
function customInspect(self, type, fields, depth, options) {
  const { inspect } = require('internal/util/inspect');
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${type} ${inspect(fields, opts)}`;
}

module.exports = {
  callbackify,
  customInspect,
  createDeferredPromise,
  customPromisifyArgs,
  defineLazyProperties,
  deprecate,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  inherits,
  isError,
  kEmptyObject,
  once,
  promisify,
  spliceOne,
  toUSVString,
};
