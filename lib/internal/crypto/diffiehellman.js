'use strict';
// Key agreement: crypto.DiffieHellman and DiffieHellmanGroup (finite-field groups, generated or
// RFC 2409/3526 modp), crypto.ECDH (createECDH: a key pair on a named curve, its points in any
// of the three encodings, computeSecret), crypto.diffieHellman over KeyObjects (EC, X25519,
// X448), and getCurves.

const { Buffer } = require('buffer');
const { binding, dataBytes, getArrayBufferOrView, getDefaultEncoding, toBuf } = require('internal/crypto/util');
const { createDiffieHellman: makeDiffieHellman, getDiffieHellman: namedGroup } = binding;
const {
  codedError,
  codes: { ERR_CRYPTO_INVALID_CURVE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isKeyObject } = require('internal/util/types');

// Must match POINT_CONVERSION_* in lib/internal/crypto/constants.js
const kCompressed = 2, kUncompressed = 4, kHybrid = 6;

const kCurve = Symbol('kCurve');
const kPrivate = Symbol('kPrivate');
const kPublic = Symbol('kPublic');

function pointFormat(format) {
  if (format) {
    if (format === 'compressed') return kCompressed;
    if (format === 'hybrid') return kHybrid;
    if (format !== 'uncompressed') throw codedError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  }
  return kUncompressed;
}

function encode(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

function invalidPublicKey() {
  return codedError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
}

function withoutLeadingZeros(bytes) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return Buffer.from(bytes.subarray(start));
}

// --- Finite-field groups -------------------------------------------------------------------

const kHandle = Symbol('kHandle');
const kGenerator = 2;
// Must match the part numbers of the native DiffieHellman's get() in CryptoBinding+DiffieHellman.swift
const kPrime = 0, kGeneratorPart = 1, kPublicKey = 2, kPrivateKey = 3;

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isArrayBufferView(sizeOrKey) &&
      !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  // An encoding-less call may give the generator in the encoding's place.
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || getDefaultEncoding();
  genEncoding = genEncoding || getDefaultEncoding();
  if (typeof sizeOrKey !== 'number') sizeOrKey = dataBytes(getArrayBufferOrView(toBuf(sizeOrKey, keyEncoding), 'sizeOrKey'));
  if (!generator) {
    generator = kGenerator;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE('generator', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], generator);
  }
  this[kHandle] = makeDiffieHellman(sizeOrKey, typeof generator === 'number' ? generator : dataBytes(generator));
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, value: this[kHandle].verifyError(), writable: true, configurable: true,
  });
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  const handle = namedGroup(`${name}`);
  if (handle === null) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = handle;
  Object.defineProperty(this, 'verifyError', {
    __proto__: null, enumerable: true, value: handle.verifyError(), writable: true, configurable: true,
  });
}

function dhPart(self, part, encoding, missing) {
  const bytes = self[kHandle].get(part);
  if (bytes === undefined) throw codedError(Error, 'ERR_CRYPTO_INVALID_STATE', `No ${missing} - did you forget to generate one?`);
  return encode(Buffer.from(bytes), encoding || getDefaultEncoding());
}

const dhPrototype = {
  generateKeys(encoding) {
    this[kHandle].generateKeys();
    return dhPart(this, kPublicKey, encoding, 'public key');
  },

  computeSecret(key, inEnc, outEnc) {
    key = dataBytes(getArrayBufferOrView(key, 'key', inEnc));
    return encode(Buffer.from(this[kHandle].computeSecret(key)), outEnc);
  },

  getPrime(encoding) { return dhPart(this, kPrime, encoding, 'prime'); },
  getGenerator(encoding) { return dhPart(this, kGeneratorPart, encoding, 'generator'); },
  getPublicKey(encoding) { return dhPart(this, kPublicKey, encoding, 'public key'); },
  getPrivateKey(encoding) { return dhPart(this, kPrivateKey, encoding, 'private key'); },
};

for (const constructor of [DiffieHellman, DiffieHellmanGroup]) {
  for (const [name, method] of Object.entries(dhPrototype)) {
    Object.defineProperty(constructor.prototype, name, { __proto__: null, value: method, writable: true, configurable: true });
  }
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kHandle].setKey(dataBytes(getArrayBufferOrView(key, 'key', encoding)), false);
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kHandle].setKey(dataBytes(getArrayBufferOrView(key, 'key', encoding)), true);
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function getDiffieHellman(name) { return new DiffieHellmanGroup(name); }

// --- Elliptic curves ------------------------------------------------------------------------

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  if (binding.ecPoint(curve, null, null, kUncompressed) === undefined) throw new ERR_CRYPTO_INVALID_CURVE();
  this[kCurve] = curve;
  this[kPrivate] = null;
  this[kPublic] = null;
}

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = dataBytes(getArrayBufferOrView(key, 'key', inEnc));
  const converted = binding.ecPoint(curve, key, null, pointFormat(format));
  if (converted === undefined) throw new ERR_CRYPTO_INVALID_CURVE();
  if (converted === null) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  return encode(Buffer.from(converted), outEnc);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const { keyGenerate } = binding;
  const handle = keyGenerate('ec', 0, Buffer.alloc(0), this[kCurve]);
  this.setPrivateKey(Buffer.from(binding.keyParameter(handle, 'priv', 0)));
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  key = Buffer.from(dataBytes(getArrayBufferOrView(key, 'key', encoding)));
  const point = binding.ecPoint(this[kCurve], null, key, kUncompressed);
  if (point === null) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  }
  this[kPrivate] = withoutLeadingZeros(key);
  this[kPublic] = Buffer.from(point);
  return this;
};

// Deprecated: a public key that does not match the private one makes computeSecret use it as given.
ECDH.prototype.setPublicKey = require('internal/util').deprecate(function setPublicKey(key, encoding) {
  key = dataBytes(getArrayBufferOrView(key, 'key', encoding));
  const point = binding.ecPoint(this[kCurve], key, null, kUncompressed);
  if (point === null) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  this[kPublic] = Buffer.from(point);
  return this;
}, 'ecdh.setPublicKey() is deprecated.', 'DEP0031');

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const form = pointFormat(format);
  if (this[kPublic] === null) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  const point = form === kUncompressed ? this[kPublic] : Buffer.from(binding.ecPoint(this[kCurve], this[kPublic], null, form));
  return encode(point, encoding || getDefaultEncoding());
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  if (this[kPrivate] === null) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encode(Buffer.from(this[kPrivate]), encoding || getDefaultEncoding());
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = dataBytes(getArrayBufferOrView(key, 'key', inEnc));
  const curve = this[kCurve];
  const peer = binding.keyFromParts('EC', false, [['text', 'group', curve], ['octets', 'pub', key]]);
  if (peer === null) throw invalidPublicKey();
  if (this[kPrivate] === null) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to compute ECDH key');
  // A public key set apart from the private one must still be its pair.
  if (!Buffer.from(binding.ecPoint(curve, null, this[kPrivate], kUncompressed)).equals(this[kPublic])) {
    throw codedError(Error, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  }
  const own = binding.keyFromParts('EC', true, [
    ['text', 'group', curve], ['octets', 'pub', this[kPublic]], ['number', 'priv', this[kPrivate]],
  ]);
  let secret;
  try {
    secret = own === null ? null : binding.keyDerive(own, peer);
  } catch {
    secret = null;
  }
  if (secret === null) throw invalidPublicKey();
  return encode(Buffer.from(secret), outEnc);
};

function createECDH(curve) { return new ECDH(curve); }

const kAgreementTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'public or private');
  }
  const privateType = privateKey.asymmetricKeyType, publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !kAgreementTypes.has(privateType)) {
    throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY',
      `Incompatible key types for Diffie-Hellman: ${privateType} and ${publicType}`);
  }
  const { kHandle } = require('internal/crypto/keys');
  const secret = Buffer.from(binding.keyDerive(privateKey[kHandle], publicKey[kHandle]));
  // A finite-field secret is as long as the prime, with its leading zeros.
  if (privateType !== 'dh') return secret;
  const length = Math.ceil(binding.keyBits(privateKey[kHandle]) / 8);
  return secret.length >= length ? secret : Buffer.concat([Buffer.alloc(length - secret.length), secret]);
}

let curves;
function getCurves() {
  curves ??= binding.getCurves().split(',').sort();
  return curves.slice();
}

module.exports = {
  DiffieHellman, DiffieHellmanGroup, ECDH, createDiffieHellman, createECDH, diffieHellman, getCurves, getDiffieHellman,
};
