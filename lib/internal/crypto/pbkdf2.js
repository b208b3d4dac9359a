'use strict';
// crypto.pbkdf2 and pbkdf2Sync: PBKDF2 with HMAC over any digest; the callback form runs on the
// thread pool.

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');
const { codes: { ERR_CRYPTO_INVALID_DIGEST } } = require('internal/errors');
const { validateFunction, validateInt32, validateString } = require('internal/validators');

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function derive(options, callback) {
  const { password, salt, iterations, keylen, digest } = options;
  const result = binding.pbkdf2(password, salt, iterations, keylen, digest, callback);
  if (result === null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return result;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const options = check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  derive(options, (err, result) => {
    if (err) return callback(err);
    callback(null, Buffer.from(result));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return Buffer.from(derive(check(password, salt, iterations, keylen, digest)));
}

module.exports = { pbkdf2, pbkdf2Sync };
