'use strict';
// Random values are built (internal/crypto/random); every other export throws
// ERR_NOT_IMPLEMENTED until the rest of crypto is.
const { randomBytes, randomFill, randomFillSync, randomUUID, getRandomValues } = require('internal/crypto/random');

module.exports = require('internal/not_implemented_module')('crypto', [
  'createHash', 'createHmac', 'randomInt', 'createCipheriv', 'createDecipheriv', 'createSign', 'createVerify',
  'createPublicKey', 'createPrivateKey', 'createSecretKey', 'generateKeyPair', 'generateKeyPairSync', 'pbkdf2',
  'pbkdf2Sync', 'scrypt', 'scryptSync', 'timingSafeEqual', 'getHashes', 'getCiphers', 'getCurves', 'getFips',
  'setFips', 'hkdf', 'hkdfSync', 'createECDH', 'createDiffieHellman', 'Hash', 'Hmac', 'KeyObject',
], {
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomUUID,
  getRandomValues: (data) => getRandomValues(data),
});
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
