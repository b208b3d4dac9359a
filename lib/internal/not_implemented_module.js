'use strict';
// The exports of a built-in module Apus does not implement yet: every function and class in it
// throws ERR_NOT_IMPLEMENTED naming itself, so a program fails loudly instead of misbehaving.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

module.exports = function notImplementedModule(moduleName, names, values = {}) {
  const exports = { ...values };
  for (const name of names) {
    const qualified = `${moduleName}.${name}`;
    exports[name] = { [name]: function() { throw new ERR_NOT_IMPLEMENTED(qualified); } }[name];
  }
  return exports;
};
