'use strict';
// The byte-stream classes of the standard. Byte streams (type: 'bytes') are not built yet, so
// no stream can be one: a BYOB reader refuses every stream, and the controller and request
// classes cannot be constructed by programs, as the standard says.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

class ReadableStreamBYOBReader {
  constructor(stream) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
}

class ReadableStreamBYOBRequest {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

class ReadableByteStreamController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

for (const Class of [ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: Class.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController };
