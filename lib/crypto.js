'use strict';
// Not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('crypto', [
  'createHash', 'createHmac', 'randomBytes', 'randomFillSync', 'randomFill', 'randomUUID', 'randomInt', 'createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'createPublicKey', 'createPrivateKey', 'createSecretKey', 'generateKeyPair', 'generateKeyPairSync', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'timingSafeEqual', 'getHashes', 'getCiphers', 'getCurves', 'getFips', 'setFips', 'hkdf', 'hkdfSync', 'createECDH', 'createDiffieHellman', 'getRandomValues', 'Hash', 'Hmac', 'KeyObject',
]);
