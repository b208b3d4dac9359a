'use strict';
// Signatures: Sign and Verify (Writable streams hashing what is written, signed or checked with
// a key at the end) and the one-shot crypto.sign and crypto.verify.

const { Buffer } = require('buffer');
const {
  binding, dataBytes, getArrayBufferOrView, getDefaultEncoding, validateEncoding,
} = require('internal/crypto/util');
const { keyHandle } = require('internal/crypto/keys');
const {
  codedError,
  codes: { ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_SIGN_KEY_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const kHandle = Symbol('kHandle');
let Writable;

function intOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

// Padding, PSS salt length and whether (EC)DSA signatures are r || s (IEEE P1363) instead of DER.
function signatureOptions(key) {
  const options = typeof key === 'object' && key !== null ? key : {};
  let p1363 = false;
  if (typeof key === 'object' && key !== null) {
    const { dsaEncoding = 'der' } = key;
    if (dsaEncoding === 'ieee-p1363') p1363 = true;
    else if (dsaEncoding !== 'der') throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return [intOption('padding', options) ?? -1, intOption('saltLength', options) ?? NaN, p1363];
}

function invalidState(message) { return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', message); }

function initHash(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  const hash = binding.createHash(algorithm, -1);
  if (hash === null) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  self[kHandle] = hash;
  withStreamPrototypes();
  Reflect.apply(Writable, self, [options]);
}

function update(data, encoding) {
  encoding = encoding || getDefaultEncoding();
  if (this[kHandle] === null) throw invalidState('Not initialised');
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kHandle].update(dataBytes(data, encoding));
  return this;
}

function write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initHash(this, algorithm, options);
}

Sign.prototype.update = update;
Sign.prototype._write = write;

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  if (this[kHandle] === null) throw invalidState('Not initialised');
  const handle = keyHandle(options, 'private');
  const signature = Buffer.from(binding.signDigest(handle, this[kHandle], ...signatureOptions(options)));
  this[kHandle] = null;
  return encoding && encoding !== 'buffer' ? signature.toString(encoding) : signature;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initHash(this, algorithm, options);
}

Verify.prototype.update = update;
Verify.prototype._write = write;

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  if (this[kHandle] === null) throw invalidState('Not initialised');
  const handle = keyHandle(options, 'any');
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding || getDefaultEncoding());
  const result = binding.verifyDigest(handle, this[kHandle], dataBytes(signature), ...signatureOptions(options));
  this[kHandle] = null;
  return result;
};

// The prototypes become Writable's when the first Sign or Verify is made: loading the stream
// module for crypto's other uses would slow them.
let streamPrototypesSet = false;
function withStreamPrototypes() {
  if (streamPrototypesSet) return;
  streamPrototypesSet = true;
  Writable ??= require('stream').Writable;
  for (const constructor of [Sign, Verify]) {
    Object.setPrototypeOf(constructor.prototype, Writable.prototype);
    Object.setPrototypeOf(constructor, Writable);
  }
}

function createSign(algorithm, options) { return new Sign(algorithm, options); }
function createVerify(algorithm, options) { return new Verify(algorithm, options); }

function oneShotArguments(algorithm, data, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  return dataBytes(getArrayBufferOrView(data, 'data'));
}

function digestOrThrow(result, algorithm) {
  if (result === null) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  return result;
}

// With a callback, the work runs on the thread pool and the callback gets its result.
function signOneShot(algorithm, data, key, callback) {
  data = oneShotArguments(algorithm, data, callback);
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const options = signatureOptions(key);
  const handle = keyHandle(key, 'private');
  if (callback === undefined) return Buffer.from(digestOrThrow(binding.sign(handle, algorithm ?? null, data, ...options), algorithm));
  digestOrThrow(binding.sign(handle, algorithm ?? null, data, ...options,
                             (error, signature) => (error ? callback(error) : callback(null, Buffer.from(signature)))), algorithm);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  data = oneShotArguments(algorithm, data, callback);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const options = signatureOptions(key);
  const handle = keyHandle(key, 'any');
  return digestOrThrow(binding.verify(handle, algorithm ?? null, data, dataBytes(signature), ...options, callback), algorithm);
}

module.exports = { Sign, Verify, createSign, createVerify, signOneShot, verifyOneShot };
