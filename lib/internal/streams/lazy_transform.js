'use strict';
// A Transform whose stream state is made on first use: crypto's Hash and Hmac are Transforms,
// and most programs only call update() and digest() on them, which need none of it. Touching
// any of the stream's state fields runs the Transform constructor (with the options given to
// the object) on the spot.

const { getDefaultEncoding } = require('internal/crypto/util');

let Transform;

function LazyTransform(options) {
  this._options = options;
}

function makeState() {
  Transform ??= require('stream').Transform;
  Transform.call(this, this._options);
  this._writableState.decodeStrings = false;
  if (!this._options || !this._options.defaultEncoding) {
    this._writableState.defaultEncoding = getDefaultEncoding();
  }
}

function installLazyState(prototype) {
  Transform ??= require('stream').Transform;
  Object.setPrototypeOf(prototype, Transform.prototype);
  // The constructor assigns both (the setters below make them own properties) before reading them.
  for (const name of ['_readableState', '_writableState']) {
    Object.defineProperty(prototype, name, {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        makeState.call(this);
        return this[name];
      },
      set(value) {
        Object.defineProperty(this, name, {
          __proto__: null, value, configurable: true, enumerable: true, writable: true,
        });
      },
    });
  }
}

installLazyState(LazyTransform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

module.exports = LazyTransform;
