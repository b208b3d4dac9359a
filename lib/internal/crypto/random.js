'use strict';
// Random values from the system's generator (getrandom through libuv): randomBytes,
// randomFill, randomFillSync, randomUUID and getRandomValues. A callback form fills at once and
// calls back from the event loop's check phase; the generator needs no thread to wait on.

const { randomFill: fillFromSystem } = internalBinding('crypto');
const {
  codedError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInt32, validateNumber, validateObject } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray } = require('internal/util/types');

const kMaxLength = 2 ** 31 - 1;

function byteView(buffer, offset, size) {
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer, offset, size);
  return new Uint8Array(buffer.buffer, buffer.byteOffset + offset, size);
}

function fill(buffer, offset, size) {
  if (size > 0) fillFromSystem(byteView(buffer, offset, size));
}

function validateBuffer(buffer) {
  if (!isAnyArrayBuffer(buffer) && !isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buffer);
  }
}

// Offsets and sizes count elements of a typed array and bytes of anything else.
function byteOffset(offset, elementSize, byteLength) {
  validateNumber(offset, 'offset');
  const bytes = offset * elementSize;
  const limit = Math.min(byteLength, kMaxLength);
  if (Number.isNaN(bytes) || bytes < 0 || bytes > limit) throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${limit}`, bytes);
  return bytes >>> 0;
}

function byteSize(size, elementSize, offset, byteLength) {
  validateNumber(size, 'size');
  const bytes = size * elementSize;
  if (Number.isNaN(bytes) || bytes < 0 || bytes > kMaxLength) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, bytes);
  if (bytes + offset > byteLength) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${byteLength}`, bytes + offset);
  return bytes >>> 0;
}

function validateLength(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return Math.floor(size);
}

function randomBytes(size, callback) {
  const length = validateLength(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buffer = require('buffer').Buffer.allocUnsafeSlow(length);
  if (callback === undefined) {
    fill(buffer, 0, length);
    return buffer;
  }
  fillLater(buffer, 0, length, callback);
}

// The checked byte range [start, start + count) that `offset` and `size` name in `buffer`.
function byteRange(buffer, offset, size) {
  const elementSize = buffer.BYTES_PER_ELEMENT || 1;
  const start = byteOffset(offset, elementSize, buffer.byteLength);
  const count = size === undefined ? buffer.byteLength - start : byteSize(size, elementSize, start, buffer.byteLength);
  return { start, count };
}

function randomFillSync(buffer, offset = 0, size) {
  validateBuffer(buffer);
  const { start, count } = byteRange(buffer, offset, size);
  fill(buffer, start, count);
  return buffer;
}

function randomFill(buffer, offset, size, callback) {
  validateBuffer(buffer);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const { start, count } = byteRange(buffer, offset, size);
  fillLater(buffer, start, count, callback);
}

function fillLater(buffer, offset, size, callback) {
  setImmediate(() => {
    let error = null;
    try {
      fill(buffer, offset, size);
    } catch (thrown) {
      error = thrown;
    }
    callback(error, buffer);
  });
}

// Version 4 UUIDs from a store of random bytes filled for 128 at a time (as Node caches its
// entropy) unless the caller asks for fresh bytes.
const kUUIDsPerFill = 128;
let uuidStore;
let uuidNext = kUUIDsPerFill;
const hexPairs = [];
for (let i = 0; i < 256; i++) hexPairs.push(i.toString(16).padStart(2, '0'));

function formatUUID(bytes, at) {
  const hex = (i) => hexPairs[bytes[at + i]];
  return `${hex(0)}${hex(1)}${hex(2)}${hex(3)}-${hex(4)}${hex(5)}-${hexPairs[(bytes[at + 6] & 0x0f) | 0x40]}${hex(7)}-` +
    `${hexPairs[(bytes[at + 8] & 0x3f) | 0x80]}${hex(9)}-${hex(10)}${hex(11)}${hex(12)}${hex(13)}${hex(14)}${hex(15)}`;
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const disableEntropyCache = options?.disableEntropyCache ?? false;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const bytes = new Uint8Array(16);
    fillFromSystem(bytes);
    return formatUUID(bytes, 0);
  }
  if (uuidNext === kUUIDsPerFill) {
    uuidStore ??= new Uint8Array(16 * kUUIDsPerFill);
    fillFromSystem(uuidStore);
    uuidNext = 0;
  }
  return formatUUID(uuidStore, 16 * uuidNext++);
}

const kIntegerArrays = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

// Web Crypto's getRandomValues: integer typed arrays of up to 65,536 bytes.
function getRandomValues(data) {
  const { DOMException } = require('internal/per_context/domexception');
  if (!isTypedArray(data) || !kIntegerArrays.has(data[Symbol.toStringTag])) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fill(data, 0, data.byteLength);
  return data;
}

// randomInt draws 48-bit values, 6 bytes each, from a pool refilled 1 KiB at a time, and drops
// the draws past the largest multiple of the range so every result is equally likely.
const kRandomIntMax = 2 ** 48 - 1;
const kPoolSize = 6 * 1024;
let intPool;
let intPoolOffset = kPoolSize;

function nextUint48() {
  if (intPoolOffset === kPoolSize) {
    intPool ??= new Uint8Array(kPoolSize);
    fill(intPool, 0, kPoolSize);
    intPoolOffset = 0;
  }
  const p = intPool, i = intPoolOffset;
  intPoolOffset += 6;
  return (p[i] * 2 ** 40) + (p[i + 1] * 2 ** 32) + (((p[i + 2] << 24) | (p[i + 3] << 16) | (p[i + 4] << 8) | p[i + 5]) >>> 0);
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= kRandomIntMax)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kRandomIntMax}`, range);
  }
  const limit = kRandomIntMax - (kRandomIntMax % range);
  let value;
  do value = nextUint48(); while (value >= limit);
  const result = (value % range) + min;
  if (isSync) return result;
  process.nextTick(callback, undefined, result);
}

const { Buffer } = require('buffer');

// --- Primes ----------------------------------------------------------------------------------
// The work (OpenSSL's prime generation and tests) is native and, with a callback, on the thread
// pool; these check and convert the arguments.

function unsignedBigIntBytes(value, name) {
  if (value < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
  const hex = value.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

function bigIntOf(arrayBuffer) {
  const hex = Buffer.from(arrayBuffer).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

function bytesOf(value, name) {
  if (typeof value === 'bigint') return unsignedBigIntBytes(value, name);
  if (!isAnyArrayBuffer(value) && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], value);
  }
  return isAnyArrayBuffer(value) ? Buffer.from(value) : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

function bitLength(bytes) {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  if (start === bytes.length) return 0;
  return (bytes.length - start - 1) * 8 + (32 - Math.clz32(bytes[start]));
}

function compareBytes(a, b) {
  const x = bigIntOf(a), y = bigIntOf(b);
  return x === y ? 0 : x > y ? 1 : -1;
}

function primeArguments(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = bytesOf(add, 'options.add');
  if (rem !== undefined) rem = bytesOf(rem, 'options.rem');
  if (add !== undefined) {
    if (bitLength(add) > size) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (rem !== undefined && compareBytes(add, rem) !== 1) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
  }
  return { safe, bigint, add: add ?? null, rem: rem ?? null };
}

function primeResult(bytes, bigint) {
  return bigint ? bigIntOf(bytes) : bytes;
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const { safe, bigint, add, rem } = primeArguments(size, options);
  primes().generatePrime(size, safe, add, rem, (error, prime) => {
    if (error) return callback(error);
    callback(undefined, primeResult(prime, bigint));
  });
}

function generatePrimeSync(size, options = {}) {
  const { safe, bigint, add, rem } = primeArguments(size, options);
  return primeResult(primes().generatePrime(size, safe, add, rem), bigint);
}

function candidateBytes(candidate) {
  if (typeof candidate === 'bigint') return unsignedBigIntBytes(candidate, 'candidate');
  if (!isAnyArrayBuffer(candidate) && !isArrayBufferView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'], candidate);
  }
  return bytesOf(candidate, 'candidate');
}

function checksOf(options) {
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return checks;
}

function checkPrime(candidate, options = {}, callback) {
  candidate = candidateBytes(candidate);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  primes().checkPrime(candidate, checksOf(options), callback);
}

function checkPrimeSync(candidate, options = {}) {
  candidate = candidateBytes(candidate);
  return primes().checkPrime(candidate, checksOf(options));
}

let primeBinding;
function primes() { return primeBinding ??= internalBinding('crypto'); }

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
  generatePrime, generatePrimeSync, checkPrime, checkPrimeSync,
};
