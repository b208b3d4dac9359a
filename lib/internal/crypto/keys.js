'use strict';
// KeyObject and its kinds: secret keys (createSecretKey; their bytes are a copy kept in
// JavaScript) and public and private keys (createPublicKey, createPrivateKey, generateKeyPair;
// an OpenSSL key behind a native handle). Keys are read from PEM or DER and written as PEM, DER
// or JWK.

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');
const {
  codedError,
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_INVALID_CURVE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE, ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isCryptoKey, isKeyObject } = require('internal/util/types');

const kHandle = Symbol('kHandle');
const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
// The slot a web crypto CryptoKey keeps its KeyObject in (web crypto makes no keys yet).
const kKeyObject = Symbol.for('apus.cryptoKey.keyObject');

// What a KeyObject holds; only this module makes them.
class KeyObjectHandle {
  constructor(bytes) { this.bytes = bytes; }
}

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') throw new ERR_INVALID_ARG_VALUE('type', type);
    if (typeof handle !== 'object' || !(handle instanceof KeyObjectHandle || isNativeHandle(handle))) {
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
    if (this.type !== 'secret') return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
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

// A native key handle (made by the binding; its class is not reachable from JavaScript).
function isNativeHandle(value) { return Object.prototype.toString.call(value) === '[object KeyObjectHandle]'; }

const kCurveJwkNames = { __proto__: null, prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' };

function bigIntOf(arrayBuffer) {
  const hex = Buffer.from(arrayBuffer).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ??= binding.keyType(this[kHandle]);
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        return this[kAsymmetricKeyDetails] ??= keyDetails(this[kHandle], this.asymmetricKeyType);
      default:
        return {};
    }
  }
}

function keyDetails(handle, type) {
  if (type === 'ec') return { namedCurve: binding.keyStringParameter(handle, 'group') };
  if (type === 'dsa') {
    return { modulusLength: binding.keyBits(handle), divisorLength: Buffer.from(binding.keyParameter(handle, 'q', 0)).length * 8 };
  }
  const details = { modulusLength: binding.keyBits(handle), publicExponent: bigIntOf(binding.keyParameter(handle, 'e', 0)) };
  // A restricted RSA-PSS key also names its digests and minimum salt length.
  const hashAlgorithm = type === 'rsa-pss' ? binding.keyStringParameter(handle, 'digest') : undefined;
  if (hashAlgorithm !== undefined) {
    details.hashAlgorithm = kDigestNames[hashAlgorithm] ?? hashAlgorithm.toLowerCase();
    const mgf1 = binding.keyStringParameter(handle, 'mgf1-digest') ?? hashAlgorithm;
    details.mgf1HashAlgorithm = kDigestNames[mgf1] ?? mgf1.toLowerCase();
    details.saltLength = binding.keyIntParameter(handle, 'saltlen');
  }
  return details;
}

// OpenSSL's canonical digest names as Node reports them.
const kDigestNames = {
  __proto__: null, 'SHA1': 'sha1', 'SHA2-224': 'sha224', 'SHA2-256': 'sha256', 'SHA2-384': 'sha384', 'SHA2-512': 'sha512',
  'SHA2-512/224': 'sha512-224', 'SHA2-512/256': 'sha512-256', 'SHA3-256': 'sha3-256', 'SHA3-384': 'sha3-384', 'SHA3-512': 'sha3-512',
};

function base64url(handle, name, width = 0) {
  return Buffer.from(binding.keyParameter(handle, name, width)).toString('base64url');
}

function exportJwk(key, withPrivate) {
  const handle = key[kHandle];
  switch (key.asymmetricKeyType) {
    case 'rsa': {
      const jwk = { kty: 'RSA', n: base64url(handle, 'n'), e: base64url(handle, 'e') };
      if (withPrivate) {
        const parts = [['d', 'd'], ['p', 'rsa-factor1'], ['q', 'rsa-factor2'], ['dp', 'rsa-exponent1'],
                       ['dq', 'rsa-exponent2'], ['qi', 'rsa-coefficient1']];
        for (const [field, name] of parts) jwk[field] = base64url(handle, name);
      }
      return jwk;
    }
    case 'ec': {
      const curve = binding.keyStringParameter(handle, 'group');
      const crv = kCurveJwkNames[curve];
      if (crv === undefined) throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
      const width = (binding.keyBits(handle) + 7) >> 3;
      const jwk = { kty: 'EC', x: base64url(handle, 'qx', width), y: base64url(handle, 'qy', width), crv };
      if (withPrivate) jwk.d = base64url(handle, 'priv', width);
      return jwk;
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448': {
      const jwk = { crv: kOKPCurves[key.asymmetricKeyType] };
      if (withPrivate) jwk.d = Buffer.from(binding.keyOctetParameter(handle, 'priv')).toString('base64url');
      jwk.x = Buffer.from(binding.keyOctetParameter(handle, 'pub')).toString('base64url');
      jwk.kty = 'OKP';
      return jwk;
    }
    default:
      throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
  }
}

const kOKPCurves = { __proto__: null, ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };
const kRSAPrivateParts = [['d', 'd'], ['p', 'rsa-factor1'], ['q', 'rsa-factor2'], ['dp', 'rsa-exponent1'],
                          ['dq', 'rsa-exponent2'], ['qi', 'rsa-coefficient1']];

function jwkBytes(jwk, field) {
  validateString(jwk[field], `key.${field}`);
  return Buffer.from(jwk[field], 'base64url');
}

// A key handle from a JSON Web Key (RSA, EC or OKP), private when `wantsPrivate`.
function jwkHandle(jwk, wantsPrivate) {
  validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  let type;
  const parts = [];
  if (jwk.kty === 'RSA') {
    type = 'RSA';
    parts.push(['number', 'n', jwkBytes(jwk, 'n')], ['number', 'e', jwkBytes(jwk, 'e')]);
    if (wantsPrivate) for (const [field, name] of kRSAPrivateParts) parts.push(['number', name, jwkBytes(jwk, field)]);
  } else if (jwk.kty === 'EC') {
    validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    type = 'EC';
    const x = jwkBytes(jwk, 'x'), y = jwkBytes(jwk, 'y');
    parts.push(['text', 'group', jwk.crv], ['octets', 'pub', Buffer.concat([Buffer.from([4]), x, y])]);
    if (wantsPrivate) parts.push(['number', 'priv', jwkBytes(jwk, 'd')]);
  } else {
    validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    type = jwk.crv.toUpperCase();
    parts.push(['octets', 'pub', jwkBytes(jwk, 'x')]);
    if (wantsPrivate) parts.push(['octets', 'priv', jwkBytes(jwk, 'd')]);
  }
  const handle = binding.keyFromParts(type, wantsPrivate, parts);
  if (handle === null) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_JWK', `Invalid JWK ${jwk.kty} key`);
  return handle;
}

// A public key from its raw bytes: an EC point (with its curve's JWK name) or an Edwards or
// Montgomery key's bytes (web crypto's 'raw' format).
function rawPublicKey(type, bytes, curve) {
  const parts = curve === undefined ? [['octets', 'pub', bytes]] : [['text', 'group', curve], ['octets', 'pub', bytes]];
  const handle = binding.keyFromParts(type, false, parts);
  return handle === null ? null : new PublicKeyObject(handle);
}

function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function keyFormat(format, fallback, name) {
  if (format === undefined && fallback !== undefined) return fallback;
  if (format === 'pem' || format === 'der' || format === 'jwk') return format;
  throw new ERR_INVALID_ARG_VALUE(name, format);
}

// The structure named by `type`, when one is allowed for the key (pkcs1 for RSA keys only,
// sec1 for EC private keys, spki for public keys, pkcs8 for private ones).
function keyStructure(type, required, keyType, isPublic, name) {
  if (type === undefined && !required) return undefined;
  if (type === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for RSA keys');
    return type;
  }
  if (type === 'spki' && isPublic !== false) return type;
  if (type === 'pkcs8' && isPublic !== true) return type;
  if (type === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'can only be used for EC keys');
    return type;
  }
  throw new ERR_INVALID_ARG_VALUE(name, type);
}

// An encoding option object ({ format, type, cipher, passphrase, encoding }) for reading a key
// (`keyType` undefined) or writing one of `keyType`.
function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const isInput = keyType === undefined;
  const format = keyFormat(enc.format, isInput ? 'pem' : undefined, option('format', objName));
  const required = (!isInput || format === 'der') && format !== 'jwk';
  const type = keyStructure(enc.type, required, keyType, isPublic, option('type', objName));
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher: cipher ?? null, passphrase };
}

const kStructures = { __proto__: null, spki: 'SubjectPublicKeyInfo', pkcs8: 'PrivateKeyInfo', pkcs1: 'pkcs1', sec1: 'type-specific' };

function encodeKey(handle, { format, type, cipher, passphrase }, asPrivate) {
  if (cipher !== null && binding.getCipherInfo(cipher, -1, -1) === undefined) {
    throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  }
  let structure = kStructures[type];
  if (cipher !== null && type === 'pkcs8') structure = 'EncryptedPrivateKeyInfo';
  const bytes = binding.keyExport(handle, format, structure, asPrivate, cipher, passphrase ?? null);
  return format === 'pem' ? Buffer.from(bytes).toString('latin1') : Buffer.from(bytes);
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super('public', handle); }

  export(options) {
    if (options && options.format === 'jwk') return exportJwk(this, false);
    return encodeKey(this[kHandle], parseKeyEncoding(options, this.asymmetricKeyType, true), false);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) { super('private', handle); }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      return exportJwk(this, true);
    }
    return encodeKey(this[kHandle], parseKeyEncoding(options, this.asymmetricKeyType, false), true);
  }
}

// What a key argument means for an operation: `use` is 'createPrivate', 'createPublic',
// 'private' (a private key to use) or 'any' (a public key, or a private one in its place).
function keyTypes(allowKeyObject, bufferOnly = false) {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  if (!bufferOnly) types.push('string');
  if (allowKeyObject) types.push('KeyObject', 'CryptoKey');
  return types;
}

function keyObjectHandle(key, use) {
  if (use === 'createPrivate') throw new ERR_INVALID_ARG_TYPE('key', keyTypes(false), key);
  if (key.type !== 'private' && (use === 'private' || use === 'createPublic')) {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
  }
  if (key.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
  return key[kHandle];
}

function isStringOrBuffer(value) {
  return typeof value === 'string' || isAnyArrayBuffer(value) || isArrayBufferView(value);
}

// The native handle for a key argument (a KeyObject, PEM text, or { key, format, type, passphrase }).
function keyHandle(key, use) {
  if (isKeyObject(key)) return keyObjectHandle(key, use);
  const wantsPrivate = use === 'private' || use === 'createPrivate';
  if (isStringOrBuffer(key)) return decodeKey(getArrayBufferOrView(key, 'key'), 'pem', wantsPrivate, null, use);
  if (typeof key === 'object' && key !== null) {
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return keyObjectHandle(data, use);
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      const handle = jwkHandle(data, wantsPrivate);
      return use === 'createPublic' ? binding.keyPublic(handle) : handle;
    }
    if (!isStringOrBuffer(data)) throw new ERR_INVALID_ARG_TYPE('key.key', keyTypes(use !== 'createPrivate'), data);
    const parsed = parseKeyEncoding(key, undefined, wantsPrivate ? false : undefined);
    return decodeKey(getArrayBufferOrView(data, 'key', encoding), parsed.format, wantsPrivate,
                     parsed.passphrase ?? null, use);
  }
  throw new ERR_INVALID_ARG_TYPE('key', keyTypes(use !== 'createPrivate'), key);
}

function decodeKey(data, format, wantsPrivate, passphrase, use) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const handle = binding.keyDecode(bytes, format, wantsPrivate, passphrase === null ? null : Buffer.from(passphrase));
  return use === 'createPublic' ? binding.keyPublic(handle) : handle;
}

function createPrivateKey(key) {
  return new PrivateKeyObject(keyHandle(key, 'createPrivate'));
}

function createPublicKey(key) {
  const handle = keyHandle(key, 'createPublic');
  return new PublicKeyObject(isKeyObject(key) || isKeyObject(key?.key) ? binding.keyPublic(handle) : handle);
}

// Key pairs: the options Node takes for each type, checked as Node checks them; the result
// starts the generation (now, or on the thread pool when given a callback).
function keyGeneration(type, options) {
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) publicExponent = 0x10001;
      else validateUint32(publicExponent, 'options.publicExponent');
      const exponent = Buffer.from(publicExponent.toString(16).padStart(8, '0'), 'hex');
      if (type === 'rsa') return (callback) => binding.keyGenerate(type, modulusLength, exponent, null, callback);
      const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      // The old option names, which must agree with the new ones when both are given.
      if (hash !== undefined) {
        validateString(hash, 'options.hash');
        if (hashAlgorithm && hash !== hashAlgorithm) throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
      }
      if (mgf1Hash !== undefined) {
        validateString(mgf1Hash, 'options.mgf1Hash');
        if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
      }
      const digest = pssDigest(hashAlgorithm || hash, 'digest');
      const mgf1Digest = pssDigest(mgf1HashAlgorithm || mgf1Hash, 'MGF1 digest');
      // A restricted key's minimum salt length is its digest's length unless given.
      const salt = saltLength ?? (digest === null ? undefined : binding.digestSize(digest));
      return (callback) => binding.keyGenerate(type, modulusLength, exponent, null, callback, digest, mgf1Digest, salt);
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = options;
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      if (paramEncoding === 'explicit') throw new ERR_NOT_IMPLEMENTED('explicit EC parameters');
      return (callback) => binding.keyGenerate(type, 0, Buffer.alloc(0), namedCurve, callback);
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      if (options !== undefined) validateObject(options, 'options');
      return (callback) => binding.keyGenerate(type, 0, Buffer.alloc(0), null, callback);
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) divisorLength = -1;
      else validateInt32(divisorLength, 'options.divisorLength', 0);
      return (callback) => binding.keyGenerateWithParameters('dsa', modulusLength, divisorLength, null, callback);
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        // The named groups' primes, with generator 2.
        const groupPrime = require('internal/crypto/diffiehellman').getDiffieHellman(group).getPrime();
        return (callback) => binding.keyGenerateWithParameters('dh', 0, 2, groupPrime, callback);
      }
      if (prime != null) {
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
        if (!isArrayBufferView(prime) && !isAnyArrayBuffer(prime)) {
          throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
        }
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
      } else {
        throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
      }
      if (generator != null) validateInt32(generator, 'options.generator', 0);
      const g = generator ?? 2;
      const primeBytes = prime == null ? null : Buffer.from(isAnyArrayBuffer(prime) ? prime : prime.buffer, prime.byteOffset ?? 0, prime.byteLength);
      return (callback) => binding.keyGenerateWithParameters('dh', primeLength ?? 0, g, primeBytes, callback);
    }
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
}

// The encodings asked for the pair's keys, checked before the (possibly slow) generation.
function keyPairEncodings(type, options) {
  const { publicKeyEncoding, privateKeyEncoding } = options ?? {};
  const keyType = type === 'rsa-pss' ? 'rsa-pss' : type;
  const encodings = {};
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
    encodings.public = parseKeyEncoding(publicKeyEncoding, keyType, true, 'publicKeyEncoding');
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
    encodings.private = parseKeyEncoding(privateKeyEncoding, keyType, false, 'privateKeyEncoding');
  }
  return encodings;
}

function keyPairOf(handle, encodings) {
  const publicKey = new PublicKeyObject(binding.keyPublic(handle));
  const privateKey = new PrivateKeyObject(handle);
  const encoded = (key, encoding, asPrivate) => {
    if (encoding === undefined) return key;
    if (encoding.format === 'jwk') return exportJwk(key, asPrivate);
    return encodeKey(key[kHandle], encoding, asPrivate);
  };
  return { publicKey: encoded(publicKey, encodings.public, false), privateKey: encoded(privateKey, encodings.private, true) };
}

// An RSA-PSS restriction's digest (`what` names it in the refusal of an unknown one).
function pssDigest(name, what) {
  if (name === undefined) return null;
  if (binding.digestSize(name) < 0) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid ${what}: ${name}`);
  return name;
}

function curveFailure(type) {
  return type === 'ec' ? new ERR_CRYPTO_INVALID_CURVE() : null;
}

function generateKeyPairSync(type, options) {
  validateString(type, 'type');
  const start = keyGeneration(type, options);
  const encodings = keyPairEncodings(type, options);
  let handle;
  try {
    handle = start();
  } catch (error) {
    throw curveFailure(type) ?? error;
  }
  return keyPairOf(handle, encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  validateString(type, 'type');
  const start = keyGeneration(type, options);
  const encodings = keyPairEncodings(type, options);
  start((error, handle) => {
    if (error) return callback(curveFailure(type) ?? error);
    let pair;
    try {
      pair = keyPairOf(handle, encodings);
    } catch (exportError) {
      return callback(exportError);
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }.
Object.defineProperty(generateKeyPair, require('internal/util').customPromisifyArgs, {
  __proto__: null, value: ['publicKey', 'privateKey'], enumerable: false,
});

// Secret keys of random bytes: HMAC keys of any whole number of bytes from 8 bits, AES keys of
// 128, 192 or 256 bits.
function secretKeyBytes(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  return createSecretKey(require('crypto').randomBytes(secretKeyBytes(type, options)));
}

function generateKey(type, options, callback) {
  const size = secretKeyBytes(type, options);
  validateFunction(callback, 'callback');
  require('crypto').randomBytes(size, (error, bytes) => (error ? callback(error) : callback(null, createSecretKey(bytes))));
}

module.exports = {
  KeyObject,
  generateKey,
  generateKeySync,
  PrivateKeyObject,
  PublicKeyObject,
  SecretKeyObject,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPair,
  generateKeyPairSync,
  kHandle,
  keyHandle,
  prepareSecretKey,
  rawPublicKey,
};
