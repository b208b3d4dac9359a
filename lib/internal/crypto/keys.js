'use strict';
// KeyObject and its secret kind (createSecretKey); the key material of a secret key is a copy
// of its bytes kept in JavaScript. Public and private keys are not built yet.

const { Buffer } = require('buffer');
const { binding } = require('internal/crypto/util');
const {
  codes: { ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isCryptoKey, isKeyObject } = require('internal/util/types');

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
// The slot a web crypto CryptoKey keeps its KeyObject in (web crypto makes no keys yet).
const kKeyObject = Symbol.for('apus.cryptoKey.keyObject');

// What a KeyObject holds; only this module makes them.
class KeyObjectHandle {
  constructor(bytes) { this.bytes = bytes; }
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (typeof handle !== 'object' || !(handle instanceof KeyObjectHandle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, { __proto__: null, value: handle, enumerable: false, configurable: false, writable: false });
  }

  // The KeyObject behind a web crypto CryptoKey.
  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  get type() { return this[kKeyType]; }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    if (otherKeyObject.type !== this.type) return false;
    const mine = this[kHandle].bytes, theirs = otherKeyObject[kHandle].bytes;
    return mine.length === theirs.length && binding.timingSafeEqual(mine, theirs);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { __proto__: null, value: 'KeyObject', configurable: true });
Object.defineProperty(KeyObject.prototype, Symbol.for('apus.keyObject'), { __proto__: null, value: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) { super('secret', handle); }

  get symmetricKeySize() { return this[kHandle].bytes.length; }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') return { kty: 'oct', k: this[kHandle].bytes.toString('base64url') };
    }
    return Buffer.from(this[kHandle].bytes);
  }
}

// The bytes of a secret key given as a string (in `encoding`), a buffer, or (unless
// `bufferOnly`) a secret KeyObject.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly && isKeyObject(key)) {
    if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    return key[kHandle].bytes;
  }
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (typeof key === 'string') return Buffer.from(key, encoding === 'buffer' || !encoding ? 'utf8' : encoding);
  if (!isArrayBufferView(key)) {
    const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
    throw new ERR_INVALID_ARG_TYPE('key', bufferOnly ? types : [...types, 'string', 'KeyObject', 'CryptoKey'], key);
  }
  return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
}

function createSecretKey(key, encoding) {
  const bytes = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(new KeyObjectHandle(Buffer.from(bytes)));
}

module.exports = { KeyObject, SecretKeyObject, createSecretKey, prepareSecretKey, kHandle };
