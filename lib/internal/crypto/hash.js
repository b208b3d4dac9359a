'use strict';
// crypto.Hash and crypto.Hmac: streams (Transforms made on first use) over a native digest
// state; update() and digest() work without the stream machinery.

const { Buffer } = require('buffer');
const LazyTransform = require('internal/streams/lazy_transform');
const { prepareSecretKey } = require('internal/crypto/keys');
const {
  binding, dataBytes, encodeOutput, getDefaultEncoding, validateEncoding,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_HASH_UPDATE_FAILED, ERR_CRYPTO_INVALID_DIGEST, ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

function outputLengthOf(options) {
  const length = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (length !== undefined) validateUint32(length, 'options.outputLength');
  return length;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const outputLength = outputLengthOf(options);
  if (algorithm instanceof Hash) {
    this[kHandle] = algorithm[kHandle].copy(outputLength ?? -1);
  } else {
    validateString(algorithm, 'algorithm');
    const handle = binding.createHash(algorithm, outputLength ?? -1);
    if (handle === null) throw new Error('Digest method not supported');
    this[kHandle] = handle;
  }
  this[kFinalized] = false;
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(dataBytes(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(Buffer.from(this[kHandle].digest()));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  encoding = encoding || getDefaultEncoding();
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!this[kHandle].update(dataBytes(data, encoding))) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  outputEncoding = outputEncoding || getDefaultEncoding();
  const result = encodeOutput(this[kHandle].digest(), outputEncoding);
  this[kFinalized] = true;
  return result;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = typeof options === 'object' && options !== null ? options.encoding : undefined;
  if (encoding !== undefined) validateString(encoding, 'options.encoding');
  const handle = binding.createHmac(hmac, prepareSecretKey(key, encoding));
  if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kFinalized] = false;
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

// A second digest() gives an empty result instead of an error.
Hmac.prototype.digest = function digest(outputEncoding) {
  outputEncoding = outputEncoding || getDefaultEncoding();
  if (this[kFinalized]) return encodeOutput(new ArrayBuffer(0), outputEncoding);
  const result = encodeOutput(this[kHandle].digest(), outputEncoding);
  this[kFinalized] = true;
  return result;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

module.exports = { Hash, Hmac };
