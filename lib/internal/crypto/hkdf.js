'use strict';
// crypto.hkdf and hkdfSync (RFC 5869): the derived key as an ArrayBuffer; the callback form
// runs on the thread pool.

const { binding, byteView, toBuf, validateByteSource } = require('internal/crypto/util');
const {
  codes: { ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isKeyObject } = require('internal/util/types');
const { prepareSecretKey } = require('internal/crypto/keys');

const kMaxLength = 2 ** 31 - 1;

function keyBytes(key) {
  if (isKeyObject(key)) return prepareSecretKey(key);
  if (isAnyArrayBuffer(key)) return key;
  key = toBuf(key);
  if (!isArrayBufferView(key)) {
    throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  return byteView(key);
}

function check(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  key = keyBytes(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(digest);
  if (size < 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > 255 * size) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { digest, key, salt, info, length };
}

function hkdf(digest, key, salt, info, length, callback) {
  const options = check(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(options.digest, options.key, options.salt, options.info, options.length,
               (err, result) => (err ? callback(err) : callback(null, result)));
}

function hkdfSync(digest, key, salt, info, length) {
  const options = check(digest, key, salt, info, length);
  return binding.hkdf(options.digest, options.key, options.salt, options.info, options.length);
}

module.exports = { hkdf, hkdfSync };
