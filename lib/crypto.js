'use strict';
// Random values, hashes, HMACs, key derivation (pbkdf2, hkdf, scrypt), symmetric ciphers,
// secret, public and private keys, signatures, RSA encryption and key agreement (DH, ECDH,
// X25519, X448) and primes are built; X509 and the other functions listed below throw
// ERR_NOT_IMPLEMENTED until they are.
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
  generatePrime, generatePrimeSync, checkPrime, checkPrimeSync,
} = require('internal/crypto/random');
const { Hash, Hmac } = require('internal/crypto/hash');
const {
  KeyObject, createPrivateKey, createPublicKey, createSecretKey, generateKey, generateKeyPair, generateKeyPairSync,
  generateKeySync,
} = require('internal/crypto/keys');
const {
  Cipher, Decipher, Cipheriv, Decipheriv, createCipher, createDecipher, createCipheriv, createDecipheriv, getCiphers,
  getCipherInfo, publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt,
} = require('internal/crypto/cipher');
const { Sign, Verify, createSign, createVerify, signOneShot, verifyOneShot } = require('internal/crypto/sig');
const {
  DiffieHellman, DiffieHellmanGroup, ECDH, createDiffieHellman, createECDH, diffieHellman, getCurves, getDiffieHellman,
} = require('internal/crypto/diffiehellman');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const { binding, byteView, getHashes } = require('internal/crypto/util');
const {
  codedError,
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

function createHash(algorithm, options) { return new Hash(algorithm, options); }
function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }

// Its type errors name the argument without describing the value received.
function timingSafeEqual(buf1, buf2) {
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(value) && !isArrayBufferView(value)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(byteView(buf1), byteView(buf2));
}

module.exports = require('internal/not_implemented_module')('crypto', [
  'setFips', 'setEngine', 'secureHeapUsed',
  'X509Certificate', 'Certificate',
], {
  Cipher,
  Decipher,
  Cipheriv,
  Decipheriv,
  createCipher,
  createDecipher,
  createCipheriv,
  createDecipheriv,
  getCiphers,
  getCipherInfo,
  createDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman,
  createECDH,
  createHash,
  getDiffieHellman,
  DiffieHellman,
  DiffieHellmanGroup,
  createHmac,
  diffieHellman,
  getCurves,
  ECDH,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  generateKey,
  generateKeySync,
  generateKeyPair,
  generateKeyPairSync,
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  sign: signOneShot,
  verify: verifyOneShot,
  Sign,
  Verify,
  getHashes,
  Hash,
  Hmac,
  KeyObject,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getFips: () => binding.getFips(),
  constants: require('internal/crypto/constants'),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  generatePrime,
  generatePrimeSync,
  checkPrime,
  checkPrimeSync,
  getRandomValues: (data) => getRandomValues(data),
});
// Old names of randomBytes, deprecated and kept out of enumeration.
for (const name of ['pseudoRandomBytes', 'prng', 'rng']) {
  const value = require('internal/util').deprecate(randomBytes, `crypto.${name} is deprecated.`, 'DEP0115');
  Object.defineProperty(module.exports, name, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}
for (const name of ['webcrypto', 'subtle']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const { crypto } = require('internal/crypto/webcrypto');
      return name === 'webcrypto' ? crypto : crypto.subtle;
    },
  });
}
