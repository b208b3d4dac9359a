'use strict';
// SubtleCrypto's operations over the crypto module: digest; HMAC, AES (GCM, CBC, CTR, KW),
// ECDSA, ECDH, RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, Ed25519/Ed448 and X25519/X448 keys
// (generate, import, export); sign, verify, encrypt, decrypt; ECDH, X25519, X448, PBKDF2 and
// HKDF (deriveBits, deriveKey); wrapKey and unwrapKey. Keys are CryptoKeys over KeyObjects. Algorithms or formats outside these reject
// with NotSupportedError, as the standard has a browser do for what it does not implement.

const { Buffer } = require('buffer');
const crypto = require('crypto');
const { codedError, codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION } } = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const { DOMException } = require('internal/per_context/domexception');
function domError(message, name) { return new DOMException(message, name); }

const { CryptoKey, kKeyObject, makeCryptoKey } = require('internal/crypto/webcrypto');

// Algorithm names as the standard spells them, found case-insensitively.
const kNames = [
  'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'ECDSA', 'ECDH',
  'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'Ed25519', 'Ed448', 'X25519', 'X448', 'PBKDF2', 'HKDF',
];
const kCanonical = new Map(kNames.map((name) => [name.toUpperCase(), name]));

// What each operation accepts.
const kSupports = {
  digest: ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'],
  generateKey: ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'ECDSA', 'ECDH', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP',
                'Ed25519', 'Ed448', 'X25519', 'X448'],
  importKey: ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'ECDSA', 'ECDH', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP',
              'Ed25519', 'Ed448', 'X25519', 'X448', 'PBKDF2', 'HKDF'],
  sign: ['HMAC', 'ECDSA', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'Ed25519', 'Ed448'],
  encrypt: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP'],
  deriveBits: ['PBKDF2', 'HKDF', 'ECDH', 'X25519', 'X448'],
  wrapKey: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'RSA-OAEP'],
};
kSupports.verify = kSupports.sign;
kSupports.decrypt = kSupports.encrypt;
kSupports.unwrapKey = kSupports.wrapKey;
kSupports.exportKey = kSupports.importKey;

const kUsagesOf = {
  'HMAC': { secret: ['sign', 'verify'] },
  'AES-GCM': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-CBC': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-CTR': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-KW': { secret: ['wrapKey', 'unwrapKey'] },
  'ECDSA': { public: ['verify'], private: ['sign'] },
  'RSASSA-PKCS1-v1_5': { public: ['verify'], private: ['sign'] },
  'RSA-PSS': { public: ['verify'], private: ['sign'] },
  'RSA-OAEP': { public: ['encrypt', 'wrapKey'], private: ['decrypt', 'unwrapKey'] },
  'Ed25519': { public: ['verify'], private: ['sign'] },
  'Ed448': { public: ['verify'], private: ['sign'] },
  'ECDH': { public: [], private: ['deriveKey', 'deriveBits'] },
  'X25519': { public: [], private: ['deriveKey', 'deriveBits'] },
  'X448': { public: [], private: ['deriveKey', 'deriveBits'] },
  'PBKDF2': { secret: ['deriveBits', 'deriveKey'] },
  'HKDF': { secret: ['deriveBits', 'deriveKey'] },
};

// An algorithm given as anything but an object is its name (as WebIDL converts it to a string).
function normalizeAlgorithm(algorithm, operation) {
  if (typeof algorithm !== 'object' || algorithm === null) algorithm = { name: `${algorithm}` };
  const name = kCanonical.get(`${algorithm.name}`.toUpperCase());
  if (name === undefined || !kSupports[operation].includes(name)) {
    throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  const normalized = { ...algorithm, name };
  if (algorithm.hash !== undefined) {
    normalized.hash = normalizeAlgorithm(algorithm.hash, 'digest');
  } else if (kNeedsHash[operation]?.includes(name)) {
    throw new ERR_MISSING_OPTION('algorithm.hash');
  }
  return normalized;
}

function bufferSource(value, name) {
  if (isAnyArrayBuffer(value)) return Buffer.from(value);
  if (isArrayBufferView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function arrayBufferOf(buffer) {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

const kHashNames = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const kHashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kCurveNames = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

// How usage errors name each kind of key.
const kKeyKinds = {
  'HMAC': 'an HMAC', 'AES-GCM': 'an AES', 'AES-CBC': 'an AES', 'AES-CTR': 'an AES', 'AES-KW': 'an AES',
  'ECDSA': 'an ECDSA', 'RSASSA-PKCS1-v1_5': 'an RSA', 'RSA-PSS': 'an RSA', 'RSA-OAEP': 'an RSA',
  'Ed25519': 'an Ed25519', 'Ed448': 'an Ed448', 'ECDH': 'an ECDH', 'X25519': 'an X25519', 'X448': 'an X448', 'PBKDF2': 'a PBKDF2', 'HKDF': 'an HKDF',
};

function unsupportedUsage(name) { return domError(`Unsupported key usage for ${kKeyKinds[name]} key`, 'SyntaxError'); }

function isEC(name) { return name === 'ECDSA' || name === 'ECDH'; }
function isOKP(name) { return name === 'Ed25519' || name === 'Ed448' || name === 'X25519' || name === 'X448'; }

function checkUsages(name, type, usages) {
  const allowed = kUsagesOf[name][type] ?? [];
  for (const usage of usages) {
    if (!allowed.includes(usage)) throw unsupportedUsage(name);
  }
}

// A CryptoKey for `keyObject`; `importing` words the empty-usages refusal for importKey.
function makeKey(keyObject, algorithm, extractable, usages, importing = false) {
  const type = keyObject.type;
  checkUsages(algorithm.name, type, usages);
  if ((type === 'secret' || type === 'private') && usages.length === 0) {
    throw domError(importing ? `Usages cannot be empty when importing a ${type} key.` :
      'Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return makeCryptoKey(keyObject, algorithm, extractable, [...new Set(usages)]);
}

// The KeyObject of `key` when it may be used for `usage` with `algorithm`; the refusal words
// differ by operation, as in Node.
function useKey(key, algorithm, usage) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (usage === 'deriveBits' || usage === 'deriveKey') {
    if (key.algorithm.name !== algorithm.name) throw domError('Key algorithm mismatch', 'InvalidAccessError');
    if (!key.usages.includes(usage)) throw domError(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  } else if (!key.usages.includes(usage) || key.algorithm.name !== algorithm.name) {
    const message = usage === 'sign' || usage === 'verify' ? `Unable to use this key to ${usage}` :
      'The requested operation is not valid for the provided key';
    throw domError(message, 'InvalidAccessError');
  }
  return key[kKeyObject];
}

// The algorithms whose parameters must name a hash, by operation.
const kNeedsHash = {
  generateKey: ['HMAC', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'],
  importKey: ['HMAC', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'],
  sign: ['ECDSA'],
  deriveBits: ['PBKDF2', 'HKDF'],
};
kNeedsHash.verify = kNeedsHash.sign;

function operationFailed(cause) {
  const error = domError('The operation failed for an operation-specific reason', 'OperationError');
  if (cause !== undefined) Object.defineProperty(error, 'cause', { __proto__: null, value: cause, configurable: true, writable: true });
  return error;
}

// --- Keys -----------------------------------------------------------------------------------

function secretAlgorithm(algorithm, bits) {
  if (algorithm.name === 'HMAC') return { name: 'HMAC', hash: { name: algorithm.hash.name }, length: bits };
  if (algorithm.name === 'PBKDF2' || algorithm.name === 'HKDF') return { name: algorithm.name };
  return { name: algorithm.name, length: bits };
}

function checkAesLength(bits) {
  if (bits !== 128 && bits !== 192 && bits !== 256) {
    throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
}

function asymmetricAlgorithm(algorithm, keyObject) {
  const { name } = algorithm;
  if (isEC(name)) return { name, namedCurve: kCurveNames[keyObject.asymmetricKeyDetails.namedCurve] };
  if (isOKP(name)) return { name };
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  const exponent = Buffer.from(publicExponent.toString(16).padStart(6, '0'), 'hex');
  return { name, modulusLength, publicExponent: new Uint8Array(exponent), hash: { name: algorithm.hash.name } };
}

function generateKey(algorithm, extractable, usages) {
  const { name } = algorithm;
  if (name === 'HMAC' || name.startsWith('AES-')) {
    const bits = name === 'HMAC' ? (algorithm.length ?? kHashBlockBits[algorithm.hash.name]) : algorithm.length;
    if (name !== 'HMAC') checkAesLength(bits);
    const keyObject = crypto.createSecretKey(crypto.randomBytes(Math.ceil(bits / 8)));
    return makeKey(keyObject, secretAlgorithm(algorithm, bits), extractable, usages);
  }
  let pair;
  if (isEC(name)) {
    const curve = kCurves[algorithm.namedCurve];
    if (curve === undefined) throw domError('Unrecognized namedCurve', 'NotSupportedError');
    pair = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  } else if (isOKP(name)) {
    pair = crypto.generateKeyPairSync(name.toLowerCase());
  } else {
    const exponent = Buffer.from(algorithm.publicExponent).readUIntBE(0, algorithm.publicExponent.length);
    pair = crypto.generateKeyPairSync('rsa', { modulusLength: algorithm.modulusLength, publicExponent: exponent });
  }
  const usageSets = kUsagesOf[name];
  // Each key gets the usages asked for that its kind allows, in the algorithm's order.
  const publicKey = makeKey(pair.publicKey, asymmetricAlgorithm(algorithm, pair.publicKey), true,
                            usageSets.public.filter((usage) => usages.includes(usage)));
  const privateKey = makeKey(pair.privateKey, asymmetricAlgorithm(algorithm, pair.privateKey), extractable,
                             usageSets.private.filter((usage) => usages.includes(usage)));
  for (const usage of usages) {
    if (!usageSets.public.includes(usage) && !usageSets.private.includes(usage)) {
      throw unsupportedUsage(name);
    }
  }
  return { publicKey, privateKey };
}

function importKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  const secret = name === 'HMAC' || name.startsWith('AES-') || name === 'PBKDF2' || name === 'HKDF';
  if (secret) {
    let bytes;
    if (format === 'raw') {
      bytes = bufferSource(keyData, 'keyData');
    } else if (format === 'jwk' && (name === 'HMAC' || name.startsWith('AES-'))) {
      if (keyData?.kty !== 'oct' || typeof keyData.k !== 'string') throw domError('Invalid keyData', 'DataError');
      bytes = Buffer.from(keyData.k, 'base64url');
    } else {
      throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    }
    if (name.startsWith('AES-')) checkAesLength(bytes.length * 8);
    if ((name === 'PBKDF2' || name === 'HKDF') && extractable) throw domError(`${name} keys are not extractable`, 'SyntaxError');
    const bits = name === 'HMAC' ? (algorithm.length ?? bytes.length * 8) : bytes.length * 8;
    return makeKey(crypto.createSecretKey(bytes), secretAlgorithm(algorithm, bits), extractable, usages, true);
  }
  let keyObject;
  try {
    if (format === 'jwk') {
      if (typeof keyData !== 'object' || keyData === null) throw domError('Invalid keyData', 'DataError');
      const create = keyData.d === undefined ? crypto.createPublicKey : crypto.createPrivateKey;
      keyObject = create({ key: keyData, format: 'jwk' });
    } else if (format === 'raw' && (isEC(name) || isOKP(name))) {
      const bytes = bufferSource(keyData, 'keyData');
      const { rawPublicKey } = require('internal/crypto/keys');
      keyObject = isEC(name) ? rawPublicKey('EC', bytes, algorithm.namedCurve) : rawPublicKey(name.toUpperCase(), bytes);
      if (keyObject === null) throw domError('Invalid keyData', 'DataError');
    } else if (format === 'spki') {
      keyObject = crypto.createPublicKey({ key: bufferSource(keyData, 'keyData'), format: 'der', type: 'spki' });
    } else if (format === 'pkcs8') {
      keyObject = crypto.createPrivateKey({ key: bufferSource(keyData, 'keyData'), format: 'der', type: 'pkcs8' });
    } else {
      throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
    }
  } catch (error) {
    if (error instanceof DOMException) throw error;
    throw domError('Invalid keyData', 'DataError');
  }
  const expectedType = isEC(name) ? 'ec' : isOKP(name) ? name.toLowerCase() : 'rsa';
  if (keyObject.asymmetricKeyType !== expectedType) throw domError('Invalid key type', 'DataError');
  if (isEC(name) && kCurveNames[keyObject.asymmetricKeyDetails.namedCurve] !== algorithm.namedCurve) {
    throw domError('Named curve mismatch', 'DataError');
  }
  return makeKey(keyObject, asymmetricAlgorithm(algorithm, keyObject), extractable, usages, true);
}

function exportKey(format, key) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  const keyObject = key[kKeyObject];
  if (keyObject.type === 'secret') {
    const bytes = keyObject.export();
    if (format === 'raw') return arrayBufferOf(bytes);
    if (format === 'jwk') {
      const jwk = { key_ops: key.usages, ext: key.extractable, kty: 'oct', k: bytes.toString('base64url') };
      const { name } = key.algorithm;
      if (name === 'HMAC') jwk.alg = `HS${key.algorithm.hash.name.slice(4)}`;
      else if (name.startsWith('AES-')) jwk.alg = `A${key.algorithm.length}${name === 'AES-KW' ? 'KW' : name.slice(4)}`;
      return jwk;
    }
  } else if (format === 'spki' && keyObject.type === 'public') {
    return arrayBufferOf(keyObject.export({ format: 'der', type: 'spki' }));
  } else if (format === 'pkcs8' && keyObject.type === 'private') {
    return arrayBufferOf(keyObject.export({ format: 'der', type: 'pkcs8' }));
  } else if (format === 'raw' && keyObject.type === 'public' && isEC(key.algorithm.name)) {
    const { x, y } = keyObject.export({ format: 'jwk' });
    return arrayBufferOf(Buffer.concat([Buffer.from([4]), Buffer.from(x, 'base64url'), Buffer.from(y, 'base64url')]));
  } else if (format === 'raw' && keyObject.type === 'public' && isOKP(key.algorithm.name)) {
    return arrayBufferOf(Buffer.from(keyObject.export({ format: 'jwk' }).x, 'base64url'));
  } else if (format === 'jwk') {
    const jwk = { key_ops: key.usages, ext: key.extractable, ...keyObject.export({ format: 'jwk' }) };
    const alg = rsaJwkAlgorithm(key.algorithm);
    if (alg !== undefined) jwk.alg = alg;
    return jwk;
  }
  throw domError(`Unable to export a raw ${key.algorithm.name} ${keyObject.type} key`, 'InvalidAccessError');
}

// The JWK `alg` of an RSA key's algorithm and hash (RS256, PS384, RSA-OAEP-512, ...).
function rsaJwkAlgorithm({ name, hash }) {
  const bits = hash?.name.slice(4);
  if (name === 'RSASSA-PKCS1-v1_5') return `RS${bits}`;
  if (name === 'RSA-PSS') return `PS${bits}`;
  if (name === 'RSA-OAEP') return bits === '1' ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
  return undefined;
}

// --- Operations -----------------------------------------------------------------------------

// The digest and key argument crypto.sign/verify take for an ECDSA, RSA-PSS or EdDSA signature.
function signatureKey(algorithm, keyObject) {
  switch (algorithm.name) {
    case 'ECDSA': return [kHashNames[algorithm.hash.name], { key: keyObject, dsaEncoding: 'ieee-p1363' }];
    case 'RSA-PSS':
      return [kHashNames[algorithm.hash?.name ?? 'SHA-256'], {
        key: keyObject, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: algorithm.saltLength,
      }];
    default: return [null, keyObject];
  }
}

function sign(algorithm, key, data) {
  const keyObject = useKey(key, algorithm, 'sign');
  if (algorithm.name === 'HMAC') {
    return arrayBufferOf(crypto.createHmac(kHashNames[key.algorithm.hash.name], keyObject).update(data).digest());
  }
  if (algorithm.name === 'RSASSA-PKCS1-v1_5') {
    return arrayBufferOf(crypto.sign(kHashNames[key.algorithm.hash.name], data, keyObject));
  }
  if (algorithm.name === 'RSA-PSS') algorithm = { ...algorithm, hash: key.algorithm.hash };
  const [hash, options] = signatureKey(algorithm, keyObject);
  return arrayBufferOf(crypto.sign(hash, data, options));
}

function verify(algorithm, key, signature, data) {
  const keyObject = useKey(key, algorithm, 'verify');
  if (algorithm.name === 'HMAC') {
    const expected = crypto.createHmac(kHashNames[key.algorithm.hash.name], keyObject).update(data).digest();
    return expected.length === signature.length && crypto.timingSafeEqual(expected, signature);
  }
  if (algorithm.name === 'RSASSA-PKCS1-v1_5') {
    return crypto.verify(kHashNames[key.algorithm.hash.name], data, keyObject, signature);
  }
  if (algorithm.name === 'RSA-PSS') algorithm = { ...algorithm, hash: key.algorithm.hash };
  const [hash, options] = signatureKey(algorithm, keyObject);
  return crypto.verify(hash, data, options, signature);
}

function aesCipherName(algorithm, keyObject) {
  const mode = { 'AES-GCM': 'gcm', 'AES-CBC': 'cbc', 'AES-CTR': 'ctr' }[algorithm.name];
  return `aes-${keyObject.symmetricKeySize * 8}-${mode}`;
}

function aesParameters(algorithm) {
  if (algorithm.name === 'AES-CTR') {
    const counter = bufferSource(algorithm.counter, 'algorithm.counter');
    if (counter.length !== 16) throw domError('AES-CTR algorithm.counter must contain exactly 16 bytes', 'OperationError');
    if (!(algorithm.length > 0 && algorithm.length <= 128)) throw domError('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
    return counter;
  }
  const iv = bufferSource(algorithm.iv, 'algorithm.iv');
  if (algorithm.name === 'AES-CBC' && iv.length !== 16) throw domError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
  return iv;
}

function cipher(algorithm, key, data, decrypting) {
  const keyObject = useKey(key, algorithm, decrypting ? 'decrypt' : 'encrypt');
  if (algorithm.name === 'RSA-OAEP') {
    const options = { key: keyObject, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: kHashNames[key.algorithm.hash.name] };
    if (algorithm.label !== undefined) options.oaepLabel = bufferSource(algorithm.label, 'algorithm.label');
    try {
      return arrayBufferOf(decrypting ? crypto.privateDecrypt(options, data) : crypto.publicEncrypt(options, data));
    } catch (error) {
      throw operationFailed(error);
    }
  }
  const iv = aesParameters(algorithm);
  const name = aesCipherName(algorithm, keyObject);
  try {
    if (algorithm.name !== 'AES-GCM') {
      const engine = decrypting ? crypto.createDecipheriv(name, keyObject, iv) : crypto.createCipheriv(name, keyObject, iv);
      return arrayBufferOf(Buffer.concat([engine.update(data), engine.final()]));
    }
    const tagLength = (algorithm.tagLength ?? 128) / 8;
    if (![4, 8, 12, 13, 14, 15, 16].includes(tagLength)) throw domError(`${algorithm.tagLength} is not a valid AES-GCM tag length`, 'OperationError');
    if (decrypting) {
      if (data.length < tagLength) throw domError('The provided data is too small.', 'OperationError');
      const decipher = crypto.createDecipheriv(name, keyObject, iv, { authTagLength: tagLength });
      decipher.setAuthTag(data.subarray(data.length - tagLength));
      if (algorithm.additionalData !== undefined) decipher.setAAD(bufferSource(algorithm.additionalData, 'algorithm.additionalData'));
      return arrayBufferOf(Buffer.concat([decipher.update(data.subarray(0, data.length - tagLength)), decipher.final()]));
    }
    const encipher = crypto.createCipheriv(name, keyObject, iv, { authTagLength: tagLength });
    if (algorithm.additionalData !== undefined) encipher.setAAD(bufferSource(algorithm.additionalData, 'algorithm.additionalData'));
    return arrayBufferOf(Buffer.concat([encipher.update(data), encipher.final(), encipher.getAuthTag()]));
  } catch (error) {
    if (error instanceof DOMException) throw error;
    throw operationFailed(error);
  }
}

// ECDH, X25519 and X448: the secret with `algorithm.public`, its first ceil(length / 8) bytes
// (all of it for null; Node 20 leaves a partial last byte whole).
function agreedBits(algorithm, baseKey, length) {
  const peer = algorithm.public;
  if (peer === undefined) throw new ERR_MISSING_OPTION('algorithm.public');
  if (!(peer instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('algorithm.public', 'CryptoKey', peer);
  if (peer.type !== 'public') throw domError('algorithm.public must be a public key', 'InvalidAccessError');
  if (!['ECDH', 'X25519', 'X448'].includes(peer.algorithm.name)) {
    throw domError('Keys must be ECDH, X25519, or X448 keys', 'InvalidAccessError');
  }
  if (peer.algorithm.name !== baseKey.algorithm.name) {
    throw domError('The public and private keys must be of the same type', 'InvalidAccessError');
  }
  if (algorithm.name === 'ECDH' && peer.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw domError('Named curve mismatch', 'InvalidAccessError');
  }
  const secret = crypto.diffieHellman({ privateKey: baseKey[kKeyObject], publicKey: peer[kKeyObject] });
  if (length === null || length === undefined) return arrayBufferOf(secret);
  if (length > secret.length * 8) throw domError('derived bit length is too small', 'OperationError');
  return arrayBufferOf(Buffer.from(secret.subarray(0, Math.ceil(length / 8))));
}

function deriveBits(algorithm, baseKey, length) {
  if (algorithm.name === 'ECDH' || algorithm.name === 'X25519' || algorithm.name === 'X448') {
    return agreedBits(algorithm, baseKey, length);
  }
  const keyObject = baseKey[kKeyObject];
  for (const name of algorithm.name === 'PBKDF2' ? ['salt', 'iterations'] : ['salt', 'info']) {
    if (algorithm[name] === undefined) throw new ERR_MISSING_OPTION(`algorithm.${name}`);
  }
  if (length === 0) throw domError('length cannot be zero', 'OperationError');
  if (length === null) throw domError('length cannot be null', 'OperationError');
  if (length === undefined || length % 8 !== 0) {
    throw domError('length must be a multiple of 8', 'OperationError');
  }
  const hash = kHashNames[algorithm.hash?.name];
  if (hash === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  const salt = bufferSource(algorithm.salt, 'algorithm.salt');
  if (algorithm.name === 'PBKDF2') {
    if (!(algorithm.iterations > 0)) throw domError('iterations cannot be zero', 'OperationError');
    return arrayBufferOf(crypto.pbkdf2Sync(keyObject.export(), salt, algorithm.iterations, length / 8, hash));
  }
  try {
    return crypto.hkdfSync(hash, keyObject, salt, bufferSource(algorithm.info, 'algorithm.info'), length / 8);
  } catch (error) {
    throw operationFailed(error);
  }
}

// The key length deriveKey derives for `algorithm` (in bits).
function derivedKeyLength(algorithm) {
  if (algorithm.name.startsWith('AES-')) return algorithm.length;
  if (algorithm.name === 'HMAC') return algorithm.length ?? kHashBlockBits[algorithm.hash.name];
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

const kKeyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

// The key format argument (position `ordinal`) of `operation`, one of KeyFormat's values.
function keyFormat(format, operation, ordinal) {
  if (typeof format === 'object' && format !== null) format = `${format}`;
  if (!kKeyFormats.includes(`${format}`)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `Failed to execute '${operation}' on 'SubtleCrypto': ` +
      `${ordinal} argument value '${format}' is not a valid enum value of type KeyFormat.`);
  }
  return `${format}`;
}

// Each operation: its arguments checked, then its work in a promise (rejections, not throws).
class SubtleOperations {
  static async digest(algorithm, data) {
    algorithm = normalizeAlgorithm(algorithm, 'digest');
    data = bufferSource(data, 'data');
    return arrayBufferOf(crypto.createHash(kHashNames[algorithm.name]).update(data).digest());
  }

  static async generateKey(algorithm, extractable, keyUsages) {
    return generateKey(normalizeAlgorithm(algorithm, 'generateKey'), !!extractable, [...keyUsages]);
  }

  static async importKey(format, keyData, algorithm, extractable, keyUsages) {
    format = keyFormat(format, 'importKey', '1st');
    return importKey(format, keyData, normalizeAlgorithm(algorithm, 'importKey'), !!extractable, [...keyUsages]);
  }

  static async exportKey(format, key) {
    return exportKey(keyFormat(format, 'exportKey', '1st'), key);
  }

  static async sign(algorithm, key, data) {
    return sign(normalizeAlgorithm(algorithm, 'sign'), key, bufferSource(data, 'data'));
  }

  static async verify(algorithm, key, signature, data) {
    return verify(normalizeAlgorithm(algorithm, 'verify'), key, bufferSource(signature, 'signature'), bufferSource(data, 'data'));
  }

  static async encrypt(algorithm, key, data) {
    return cipher(normalizeAlgorithm(algorithm, 'encrypt'), key, bufferSource(data, 'data'), false);
  }

  static async decrypt(algorithm, key, data) {
    return cipher(normalizeAlgorithm(algorithm, 'decrypt'), key, bufferSource(data, 'data'), true);
  }

  static async deriveBits(algorithm, baseKey, length) {
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    useKey(baseKey, algorithm, 'deriveBits');
    return deriveBits(algorithm, baseKey, length);
  }

  static async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    derivedKeyAlgorithm = normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    useKey(baseKey, algorithm, 'deriveKey');
    const bits = deriveBits(algorithm, baseKey, derivedKeyLength(derivedKeyAlgorithm));
    return importKey('raw', bits, derivedKeyAlgorithm, !!extractable, [...keyUsages]);
  }

  static async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    format = keyFormat(format, 'wrapKey', '1st');
    wrapAlgorithm = normalizeAlgorithm(wrapAlgorithm, 'wrapKey');
    let exported = exportKey(format, key);
    if (format === 'jwk') exported = Buffer.from(JSON.stringify(exported));
    useKey(wrappingKey, wrapAlgorithm, 'wrapKey');
    return wrap(wrapAlgorithm, wrappingKey, bufferSource(exported, 'key'), false);
  }

  static async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    format = keyFormat(format, 'unwrapKey', '1st');
    unwrapAlgorithm = normalizeAlgorithm(unwrapAlgorithm, 'unwrapKey');
    useKey(unwrappingKey, unwrapAlgorithm, 'unwrapKey');
    let keyData = wrap(unwrapAlgorithm, unwrappingKey, bufferSource(wrappedKey, 'wrappedKey'), true);
    if (format === 'jwk') keyData = JSON.parse(Buffer.from(keyData).toString());
    return importKey(format, keyData, normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey'), !!extractable, [...keyUsages]);
  }
}

// wrapKey/unwrapKey: encryption under the wrapping key's usages (AES-KW is RFC 3394 key wrap).
function wrap(algorithm, key, data, unwrapping) {
  if (algorithm.name !== 'AES-KW') {
    const usage = unwrapping ? 'decrypt' : 'encrypt';
    const asCipherKey = makeCryptoKey(key[kKeyObject], key.algorithm, key.extractable, [usage]);
    return cipher(algorithm, asCipherKey, data, unwrapping);
  }
  const keyObject = key[kKeyObject];
  const name = `id-aes${keyObject.symmetricKeySize * 8}-wrap`;
  const iv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
  try {
    const engine = unwrapping ? crypto.createDecipheriv(name, keyObject, iv) : crypto.createCipheriv(name, keyObject, iv);
    return arrayBufferOf(Buffer.concat([engine.update(data), engine.final()]));
  } catch (error) {
    throw operationFailed(error);
  }
}

module.exports = { SubtleOperations };
