'use strict';
// KeyObject and its kinds: secret keys (createSecretKey; their bytes are a copy kept in
// JavaScript) and public and private keys (createPublicKey, createPrivateKey, generateKeyPair;
// an OpenSSL key behind a native handle). Keys are read from PEM or DER and written as PEM, DER
// or JWK.

const { Buffer } = require('buffer');
const { binding, codedError, getArrayBufferOrView } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_CRYPTO_INVALID_CURVE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateFunction, validateInteger, validateObject, validateOneOf, validateString, validateUint32,
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
  return { modulusLength: binding.keyBits(handle), publicExponent: bigIntOf(binding.keyParameter(handle, 'e', 0)) };
}

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

// Key pairs: the options Node takes for each type, checked as Node checks them.
function keyGenerationArguments(type, options) {
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
      return [modulusLength, exponent, null];
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
      return [0, Buffer.alloc(0), namedCurve];
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      if (options !== undefined) validateObject(options, 'options');
      return [0, Buffer.alloc(0), null];
    case 'dsa':
    case 'dh':
      throw new ERR_NOT_IMPLEMENTED(`crypto.generateKeyPair of ${type} keys`);
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
}

function keyPairEncodings(options) {
  const { publicKeyEncoding, privateKeyEncoding } = options ?? {};
  const encodings = {};
  if (publicKeyEncoding != null) {
    if (typeof publicKeyEncoding !== 'object') throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
    encodings.public = publicKeyEncoding;
  }
  if (privateKeyEncoding != null) {
    if (typeof privateKeyEncoding !== 'object') throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
    encodings.private = privateKeyEncoding;
  }
  return encodings;
}

function keyPairOf(type, handle, encodings) {
  const privateKey = new PrivateKeyObject(handle);
  const publicKey = new PublicKeyObject(binding.keyPublic(handle));
  return {
    publicKey: encodings.public ? publicKey.export(encodings.public) : publicKey,
    privateKey: encodings.private ? privateKey.export(encodings.private) : privateKey,
  };
}

function curveFailure(type, curve) {
  return type === 'ec' ? new ERR_CRYPTO_INVALID_CURVE() : null;
}

function generateKeyPairSync(type, options) {
  validateString(type, 'type');
  const [bits, exponent, curve] = keyGenerationArguments(type, options);
  const encodings = keyPairEncodings(options);
  let handle;
  try {
    handle = binding.keyGenerate(type, bits, exponent, curve);
  } catch (error) {
    throw curveFailure(type, curve) ?? error;
  }
  return keyPairOf(type, handle, encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  validateString(type, 'type');
  const [bits, exponent, curve] = keyGenerationArguments(type, options);
  const encodings = keyPairEncodings(options);
  binding.keyGenerate(type, bits, exponent, curve, (error, handle) => {
    if (error) return callback(curveFailure(type, curve) ?? error);
    let pair;
    try {
      pair = keyPairOf(type, handle, encodings);
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
