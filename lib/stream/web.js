'use strict';
// Not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('stream.web', [
  'ReadableStream', 'WritableStream', 'TransformStream', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'WritableStreamDefaultWriter',
]);
