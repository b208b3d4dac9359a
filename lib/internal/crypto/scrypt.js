'use strict';
// crypto.scrypt and scryptSync (RFC 7914); the callback form runs on the thread pool.

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');
const {
  codes: { ERR_CRYPTO_INVALID_SCRYPT_PARAMS, ERR_CRYPTO_SCRYPT_INVALID_PARAMETER },
} = require('internal/errors');
const { validateFunction, validateInt32, validateInteger, validateUint32 } = require('internal/validators');

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One parameter under either of its two names (N or cost, and so on), never both.
function parameter(options, name, alias, fallback) {
  let value = fallback;
  const hasName = options[name] !== undefined;
  if (hasName) {
    value = options[name];
    validateUint32(value, name);
  }
  if (options[alias] !== undefined) {
    if (hasName) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    value = options[alias];
    validateUint32(value, alias);
  }
  return value;
}

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    N = parameter(options, 'N', 'cost', N);
    r = parameter(options, 'r', 'blockSize', r);
    p = parameter(options, 'p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  const refusal = binding.scryptCheck(N, r, p, maxmem);
  if (refusal !== null) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(refusal);
  return { password, salt, keylen, N, r, p, maxmem };
}

function run({ password, salt, keylen, N, r, p, maxmem }, callback) {
  return binding.scrypt(password, salt, keylen, N, r, p, maxmem, callback);
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  options = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  run(options, (err, result) => (err ? callback(err) : callback(null, Buffer.from(result))));
}

function scryptSync(password, salt, keylen, options = defaults) {
  return Buffer.from(run(check(password, salt, keylen, options)));
}

module.exports = { scrypt, scryptSync };
