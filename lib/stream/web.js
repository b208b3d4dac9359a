'use strict';
// stream/web: the WHATWG streams (also globals).

const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');
const transform = require('internal/webstreams/transformstream');
const bytes = require('internal/webstreams/bytestreams');
const strategies = require('internal/webstreams/queuingstrategies');
const encoding = require('internal/webstreams/encoding');

const kPair = Symbol('kPair');
const kFormats = ['deflate', 'deflate-raw', 'gzip'];

// Compression and decompression streams are a zlib Transform seen through its web pair.
function zlibPair(format, compress) {
  format = `${format}`;
  if (!kFormats.includes(format)) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('format', format);
  }
  const zlib = require('zlib');
  const engine = compress ?
    { 'deflate': zlib.createDeflate, 'deflate-raw': zlib.createDeflateRaw, 'gzip': zlib.createGzip }[format]() :
    { 'deflate': zlib.createInflate, 'deflate-raw': zlib.createInflateRaw, 'gzip': zlib.createGunzip }[format]();
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(engine);
}

function pairOf(stream, name) {
  if (stream?.[kPair] === undefined) {
    const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
    throw new ERR_INVALID_THIS(name);
  }
  return stream[kPair];
}

class CompressionStream {
  constructor(format) {
    this[kPair] = zlibPair(format, true);
  }

  get readable() { return pairOf(this, 'CompressionStream').readable; }
  get writable() { return pairOf(this, 'CompressionStream').writable; }
}

class DecompressionStream {
  constructor(format) {
    this[kPair] = zlibPair(format, false);
  }

  get readable() { return pairOf(this, 'DecompressionStream').readable; }
  get writable() { return pairOf(this, 'DecompressionStream').writable; }
}

for (const [Class, name] of [[CompressionStream, 'CompressionStream'], [DecompressionStream, 'DecompressionStream']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { __proto__: null, value: name, configurable: true });
  for (const key of ['readable', 'writable']) Object.defineProperty(Class.prototype, key, { __proto__: null, enumerable: true });
}

module.exports = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: bytes.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: bytes.ReadableStreamBYOBRequest,
  ReadableByteStreamController: bytes.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream: transform.TransformStream,
  TransformStreamDefaultController: transform.TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: strategies.ByteLengthQueuingStrategy,
  CountQueuingStrategy: strategies.CountQueuingStrategy,
  TextEncoderStream: encoding.TextEncoderStream,
  TextDecoderStream: encoding.TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};
