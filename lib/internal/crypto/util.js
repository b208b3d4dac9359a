'use strict';
// What the crypto modules share: the crypto binding (OpenSSL behind it, loaded on first use),
// the input conversions every function applies, and the digest list.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray } = require('internal/util/types');

// crypto.DEFAULT_ENCODING is gone: outputs are Buffers unless an encoding is named.
function getDefaultEncoding() { return 'buffer'; }

// Views as the native side reads them: typed arrays and ArrayBuffers as they are, a DataView as
// a Uint8Array over the same bytes.
function byteView(value) {
  if (isArrayBufferView(value) && !isTypedArray(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return value;
}

function toBuf(value, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding === 'buffer' || !encoding ? 'utf8' : encoding);
  return value;
}

// A string (in `encoding`), ArrayBuffer or view, as the bytes a native call takes.
function getArrayBufferOrView(value, name, encoding) {
  if (isAnyArrayBuffer(value)) return value;
  if (typeof value === 'string') return toBuf(value, encoding);
  if (!isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }
  return byteView(value);
}

function validateByteSource(value, name) {
  value = toBuf(value);
  if (isAnyArrayBuffer(value) || isArrayBufferView(value)) return byteView(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

// A hex string of odd length cannot be decoded whole: Node refuses it instead of dropping a digit.
function validateEncoding(data, encoding) {
  const normalized = `${encoding}`.toLowerCase();
  if (normalized === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// The bytes of an update() argument: strings in their encoding (utf8 for 'buffer' or none).
function dataBytes(data, encoding) {
  if (typeof data !== 'string') return byteView(data);
  const normalized = `${encoding}`.toLowerCase();
  return Buffer.from(data, Buffer.isEncoding(normalized) ? normalized : 'utf8');
}

// A digest's bytes as digest(encoding) returns them: a Buffer for 'buffer' or an encoding Buffer
// does not know, else the string.
function encodeOutput(arrayBuffer, encoding) {
  const buffer = Buffer.from(arrayBuffer);
  const normalized = `${encoding}`.toLowerCase();
  return normalized !== 'buffer' && Buffer.isEncoding(normalized) ? buffer.toString(normalized) : buffer;
}

let hashes;
function getHashes() {
  hashes ??= binding.getHashes().split(',');
  return hashes.slice();
}

module.exports = {
  binding,
  byteView,
  dataBytes,
  encodeOutput,
  getArrayBufferOrView,
  getDefaultEncoding,
  getHashes,
  toBuf,
  validateByteSource,
  validateEncoding,
};
