'use strict';
// Byte-mode streams take strings, Buffers and any other ArrayBufferView; a view that is not
// a Buffer becomes a Buffer over the same memory.

const { Buffer } = require('buffer');

function isByteView(value) {
  return ArrayBuffer.isView(value);
}

function byteViewToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

const chunkTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

module.exports = { isByteView, byteViewToBuffer, chunkTypes };
