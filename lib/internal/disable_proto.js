'use strict';
// --disable-proto=delete|throw, in the main realm and in every vm context: Object.prototype's
// __proto__ accessor is removed, or made to throw ERR_PROTO_ACCESS when read or written.

function disableProto(mode, ObjectConstructor) {
  const prototype = ObjectConstructor.prototype;
  if (mode === 'delete') {
    delete prototype.__proto__;
    return;
  }
  const { codes: { ERR_PROTO_ACCESS } } = require('internal/errors');
  const refuse = function() { throw new ERR_PROTO_ACCESS(); };
  Object.defineProperty(prototype, '__proto__', {
    __proto__: null, get: refuse, set: refuse, enumerable: false, configurable: true,
  });
}

module.exports = { disableProto };
