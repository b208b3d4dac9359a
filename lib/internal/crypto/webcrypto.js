'use strict';
// Web Crypto: the Crypto object (globalThis.crypto and require('crypto').webcrypto) with
// getRandomValues and randomUUID. SubtleCrypto's operations are not built yet: each rejects
// with ERR_NOT_IMPLEMENTED naming itself.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_NOT_IMPLEMENTED },
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
  const operation = { async [name]() {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    throw new ERR_NOT_IMPLEMENTED(`crypto.subtle.${name}()`);
  } }[name];
  defineProperty(operation, 'length', { __proto__: null, value: length, configurable: true });
  subtleMembers[name] = operation;
}
defineWebIDLClass(SubtleCrypto, 'SubtleCrypto', subtleMembers);

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
defineWebIDLClass(CryptoKey, 'CryptoKey', {});

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }
}
defineProperty(Crypto.prototype, 'subtle', {
  __proto__: null, ...Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle'), enumerable: true,
});
defineWebIDLClass(Crypto, 'Crypto', {
  getRandomValues: function getRandomValues(data) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(data);
  },
  randomUUID: function randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  },
});

const crypto = new Crypto(kConstruct);

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto };
