'use strict';
// RSA-PSS key pairs restricted to a digest, their details and defaults.
const c = require('crypto');
const { publicKey } = c.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'sha512' });
console.log(publicKey.asymmetricKeyDetails);
const k2 = c.generateKeyPairSync('rsa-pss', { modulusLength: 512 });
console.log(k2.publicKey.asymmetricKeyDetails);
