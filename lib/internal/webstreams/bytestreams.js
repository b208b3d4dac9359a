'use strict';
// The byte-stream classes live with ReadableStream, whose internals they share.

const { ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController } =
  require('internal/webstreams/readablestream');

module.exports = { ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController };
