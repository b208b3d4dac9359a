'use strict';
// Web Crypto: the Crypto object (globalThis.crypto and require('crypto').webcrypto) with
// getRandomValues and randomUUID, CryptoKey, and SubtleCrypto, whose operations
// (internal/crypto/subtle) load with the first call of one.

const {
  codedError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const random = require('internal/crypto/random');

const kConstruct = Symbol('kConstruct');
const { defineProperty } = Object;

function defineWebIDLClass(Class, name, members) {
  for (const [key, value] of Object.entries(members)) {
    defineProperty(Class.prototype, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  }
  defineProperty(Class.prototype, Symbol.toStringTag, { __proto__: null, value: name, configurable: true });
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// name -> the operation's parameter count (its `length`).
const subtleOperations = {
  encrypt: 3, decrypt: 3, sign: 3, verify: 4, digest: 2, generateKey: 3, deriveKey: 5, deriveBits: 2,
  importKey: 5, exportKey: 2, wrapKey: 4, unwrapKey: 7,
};
const subtleMembers = {};
for (const [name, length] of Object.entries(subtleOperations)) {
  const operation = { async [name](...args) {
    if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (args.length < length) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', `Failed to execute '${name}' on 'SubtleCrypto': ` +
        `${length} argument${length === 1 ? '' : 's'} required, but only ${args.length} present.`);
    }
    return require('internal/crypto/subtle').SubtleOperations[name](...args);
  } }[name];
  defineProperty(operation, 'length', { __proto__: null, value: length, configurable: true });
  subtleMembers[name] = operation;
}
defineWebIDLClass(SubtleCrypto, 'SubtleCrypto', subtleMembers);

// A key's KeyObject, also read by KeyObject.from (lib/internal/crypto/keys.js).
const kKeyObject = Symbol.for('apus.cryptoKey.keyObject');
const kKeyParts = Symbol('kKeyParts');

class CryptoKey {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() { return this[kKeyObject].type; }
  get extractable() { return this[kKeyParts].extractable; }
  get algorithm() { return this[kKeyParts].algorithm; }
  get usages() { return this[kKeyParts].usages; }
}
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  defineProperty(CryptoKey.prototype, name, {
    __proto__: null, ...Object.getOwnPropertyDescriptor(CryptoKey.prototype, name), enumerable: true,
  });
}
defineWebIDLClass(CryptoKey, 'CryptoKey', {});
defineProperty(CryptoKey.prototype, Symbol.for('apus.cryptoKey'), { __proto__: null, value: true });

function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  const key = new CryptoKey(kConstruct);
  key[kKeyObject] = keyObject;
  key[kKeyParts] = { algorithm, extractable, usages };
  return key;
}

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }
}
defineProperty(Crypto.prototype, 'subtle', {
  __proto__: null, ...Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle'), enumerable: true,
});
defineWebIDLClass(Crypto, 'Crypto', {
  getRandomValues: function getRandomValues(data) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(data);
  },
  randomUUID: function randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  },
});

const crypto = new Crypto(kConstruct);

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto, kKeyObject, makeCryptoKey };
