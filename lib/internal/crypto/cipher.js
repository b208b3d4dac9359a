'use strict';
// Cipheriv and Decipheriv: symmetric encryption over a native cipher state, streams (Transforms
// made on first use) as well as update()/final(); getCiphers and getCipherInfo.

const { Buffer } = require('buffer');
const LazyTransform = require('internal/streams/lazy_transform');
const { prepareSecretKey } = require('internal/crypto/keys');
const { binding, dataBytes, getArrayBufferOrView, validateEncoding } = require('internal/crypto/util');
const {
  codedError,
  codes: { ERR_CRYPTO_INVALID_STATE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const kHandle = Symbol('kHandle');

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// An unsigned 32-bit option, or -1 when absent.
function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function initCipher(self, cipher, key, iv, options, decrypts) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = binding.createCipher(cipher, key, iv === null ? null : dataBytes(iv), authTagLength, decrypts);
  self._decoder = null;
  Reflect.apply(LazyTransform, self, [options]);
}

let StringDecoder;
// Output in an encoding goes through one decoder per cipher, so a character split between two
// calls' bytes comes out whole; the encoding cannot change midway.
function decoded(self, buffer, encoding, last) {
  if (!encoding || encoding === 'buffer') return buffer;
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(encoding);
  if (self._decoder === null) {
    self._decoder = decoder;
  } else if (self._decoder.encoding !== decoder.encoding) {
    throw new Error('Cannot change encoding');
  }
  return last ? self._decoder.end(buffer) : self._decoder.write(buffer);
}

const prototype = {
  _transform(chunk, encoding, callback) {
    this.push(Buffer.from(this[kHandle].update(dataBytes(chunk, encoding))));
    callback();
  },

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (error) {
      callback(error);
      return;
    }
    callback();
  },

  update(data, inputEncoding, outputEncoding) {
    if (typeof data === 'string') {
      validateEncoding(data, inputEncoding);
    } else if (!isArrayBufferView(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const output = Buffer.from(this[kHandle].update(dataBytes(data, inputEncoding)));
    return decoded(this, output, outputEncoding, false);
  },

  final(outputEncoding) {
    return decoded(this, Buffer.from(this[kHandle].final()), outputEncoding, true);
  },

  setAutoPadding(autoPadding) {
    if (!this[kHandle].setAutoPadding(!!autoPadding)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    return this;
  },

  setAAD(aadbuf, options) {
    const encoding = getStringOption(options, 'encoding');
    const plaintextLength = getUIntOption(options, 'plaintextLength');
    aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
    if (!this[kHandle].setAAD(dataBytes(aadbuf), plaintextLength)) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    return this;
  },
};

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}

for (const constructor of [Cipheriv, Decipheriv]) {
  Object.setPrototypeOf(constructor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(constructor, LazyTransform);
  for (const name of Object.keys(prototype)) constructor.prototype[name] = prototype[name];
}

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = this[kHandle].getAuthTag();
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return Buffer.from(tag);
};

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!this[kHandle].setAuthTag(dataBytes(tagbuf))) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
};

// The deprecated password forms: the key and IV are derived from the password (OpenSSL's
// EVP_BytesToKey with MD5), so a counter mode would reuse its IV for every message: encrypting
// warns.
function initPasswordCipher(self, cipher, password, options, decrypts) {
  validateString(cipher, 'cipher');
  password = dataBytes(getArrayBufferOrView(password, 'password'));
  getUIntOption(options, 'authTagLength');
  const derived = binding.passwordKey(cipher, password);
  if (derived === null) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  const [key, iv] = derived;
  // The warning comes before the cipher's own checks (an invalid tag length still warns).
  const mode = binding.getCipherInfo(cipher, -1, -1)?.mode;
  if (!decrypts && (mode === 'ctr' || mode === 'gcm' || mode === 'ccm')) {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  initCipher(self, cipher, Buffer.from(key), iv.byteLength === 0 ? null : Buffer.from(iv), options, decrypts);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  initPasswordCipher(this, cipher, password, options, false);
}

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  initPasswordCipher(this, cipher, password, options, true);
}

for (const [constructor, like] of [[Cipher, Cipheriv], [Decipher, Decipheriv]]) {
  Object.setPrototypeOf(constructor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(constructor, LazyTransform);
  for (const name of Object.getOwnPropertyNames(like.prototype)) {
    if (name !== 'constructor') constructor.prototype[name] = like.prototype[name];
  }
}

const { deprecate } = require('internal/util');
const createCipher = deprecate((cipher, password, options) => new Cipher(cipher, password, options),
                               'crypto.createCipher is deprecated.', 'DEP0106');
const createDecipher = deprecate((cipher, password, options) => new Decipher(cipher, password, options),
                                 'crypto.createDecipher is deprecated.', 'DEP0106');

function createCipheriv(cipher, key, iv, options) { return new Cipheriv(cipher, key, iv, options); }
function createDecipheriv(cipher, key, iv, options) { return new Decipheriv(cipher, key, iv, options); }

// One name per cipher whatever its case: the last OpenSSL lists (its lower-case one where it has
// both), sorted.
let ciphers;
function getCiphers() {
  if (ciphers === undefined) {
    const byLowerCase = new Map();
    for (const name of binding.getCiphers().split(',')) byLowerCase.set(name.toLowerCase(), name);
    ciphers = [...byLowerCase.values()].sort();
  }
  return ciphers.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.getCipherInfo(nameOrNid, keyLength ?? -1, ivLength ?? -1);
  if (info !== undefined && info.name) info.name = info.name.toLowerCase();
  return info;
}

// Must match RSA_PKCS1_PADDING and RSA_PKCS1_OAEP_PADDING in lib/internal/crypto/constants.js
const kPKCS1Padding = 1, kOAEPPadding = 4;

// RSA encryption with a public key and its inverse (kind 0 and 1), and the raw signature
// primitives privateEncrypt/publicDecrypt (2 and 3).
function rsaFunction(kind, defaultPadding, keyUse) {
  return function rsa(options, buffer) {
    const { keyHandle } = require('internal/crypto/keys');
    const handle = keyHandle(options, keyUse);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = dataBytes(getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding));
    buffer = dataBytes(getArrayBufferOrView(buffer, 'buffer', encoding));
    // PKCS#1 v1.5 decryption reveals whether padding was valid (CVE-2023-46809); Node refuses it.
    if (kind === 1 && padding === kPKCS1Padding) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for private ' +
        'decryption, this can be reverted with --security-revert=CVE-2023-46809');
    }
    return Buffer.from(binding.keyTransform(handle, kind, buffer, padding, oaepHash ?? null, oaepLabel ?? null));
  };
}

const publicEncrypt = rsaFunction(0, kOAEPPadding, 'any');
const privateDecrypt = rsaFunction(1, kOAEPPadding, 'private');
const privateEncrypt = rsaFunction(2, kPKCS1Padding, 'private');
const publicDecrypt = rsaFunction(3, kPKCS1Padding, 'any');

module.exports = {
  Cipher, Decipher, Cipheriv, Decipheriv, createCipher, createDecipher, createCipheriv, createDecipheriv, getCiphers,
  getCipherInfo,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt,
};
