'use strict';
// zlib: deflate, inflate, gzip, gunzip, raw deflate, unzip (either format) and brotli as Transform
// streams, one-shot functions with callbacks, and synchronous ones. The (de)compression is
// zlib's and brotli's, through internalBinding('zlib'); each call runs a whole chunk at once.

const { Buffer } = require('buffer');
const { Transform } = require('stream');
const {
  codes: { ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_ZLIB_INITIALIZATION_FAILED },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { validateFunction, validateNumber } = require('internal/validators');

let binding;
const native = () => (binding ??= internalBinding('zlib'));

// Node's values; the mode numbers must match ZlibStream.Mode in Sources/Bindings/ZlibBinding.swift
const constants = Object.freeze({ __proto__: null,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0,
  Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4880, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0,
  BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0,
  BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2,
  BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0,
  BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
});

const codes = { __proto__: null,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4,
  Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

const kMaxLength = require('buffer').kMaxLength;
const kFlushFlag = Symbol('kFlushFlag');
const kHandle = Symbol('kHandle');

// true for a finite number, false when absent or NaN; anything else throws.
function validateFiniteNumber(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  if (Number.isFinite(value)) return true;
  validateNumber(value, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

// An option that must be a number in [lower, upper], or absent (the default).
function rangeOrDefault(value, name, lower, upper, def) {
  if (!validateFiniteNumber(value, name)) return def;
  if (value < lower || value > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  return value;
}

function zlibError(error) {
  if (error?.code in codes) error.errno = codes[error.code];
  return error;
}

// The flush kinds zlib streams take, and brotli's operations in their place.
const kZlibFlushes = { min: 0, max: 5, process: 0, finish: 4, full: 3 };
const kBrotliFlushes = { min: 0, max: 3, process: 0, finish: 2, full: 1 };

function ZlibBase(options, mode, flushes = kZlibFlushes) {
  options ??= {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  let chunkSize = constants.Z_DEFAULT_CHUNK;
  if (options.chunkSize !== undefined && !Number.isNaN(options.chunkSize)) {
    validateFiniteNumber(options.chunkSize, 'options.chunkSize');
    if (options.chunkSize < constants.Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${constants.Z_MIN_CHUNK}`, options.chunkSize);
    }
    chunkSize = options.chunkSize;
  }
  const flush = rangeOrDefault(options.flush, 'options.flush', flushes.min, flushes.max, flushes.process);
  const finishFlush = rangeOrDefault(options.finishFlush, 'options.finishFlush', flushes.min, flushes.max,
    flushes.finish);
  let maxOutputLength = kMaxLength;
  if (options.maxOutputLength !== undefined) {
    maxOutputLength = rangeOrDefault(options.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  }
  Transform.call(this, { autoDestroy: true, ...options, readableHighWaterMark: undefined, writableHighWaterMark: undefined });
  this._outBuffer = null;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = flushes.full;
  this._info = options.info;
  this._maxOutputLength = maxOutputLength;
  this.bytesWritten = 0;
  this._mode = mode;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true, get() { return !this[kHandle]; },
});

ZlibBase.prototype.reset = function reset() {
  this[kHandle]?.reset();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) require('internal/streams/end-of-stream')(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(error, callback) {
  if (this[kHandle]) {
    this[kHandle].close();
    this[kHandle] = null;
  }
  callback(error);
};

// Runs a chunk through with a flush kind: the output as one Buffer (possibly empty).
function runChunk(stream, chunk, flushFlag) {
  const handle = stream[kHandle];
  if (!handle) throw new Error('zlib binding closed');
  let output;
  try {
    output = handle.process(chunk, flushFlag);
  } catch (error) {
    throw zlibError(error);
  }
  stream.bytesWritten += chunk.byteLength;
  if (output === undefined) return Buffer.alloc(0);
  if (output.byteLength > stream._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(stream._maxOutputLength);
  return Buffer.from(output);
}

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  runAndPush(this, chunk, chunk[kFlushFlag] ?? this._defaultFlushFlag, callback);
};

ZlibBase.prototype._flush = function _flush(callback) {
  runAndPush(this, Buffer.alloc(0), this._finishFlushFlag, callback);
};

function runAndPush(stream, chunk, flushFlag, callback) {
  let output;
  try {
    output = runChunk(stream, chunk, flushFlag);
  } catch (error) {
    callback(error);
    return;
  }
  stream._pushOutput(output);
  callback();
}

// Output goes out in pieces of at most chunkSize bytes, as Node's does.
ZlibBase.prototype._pushOutput = function _pushOutput(output) {
  for (let offset = 0; offset < output.length; offset += this._chunkSize) {
    this.push(output.subarray(offset, Math.min(output.length, offset + this._chunkSize)));
  }
};

// The synchronous path: the whole input at once, with the finishing flush.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, callback) {
  if (typeof callback === 'function') {
    this.write(chunk, callback);
    return undefined;
  }
  return runChunk(this, chunk, flushFlag);
};

function Zlib(options, mode) {
  options ??= {};
  let windowBits = constants.Z_DEFAULT_WINDOWBITS;
  if (options.windowBits !== undefined && !Number.isNaN(options.windowBits)) {
    // Inflaters may take 0: the window size the compressed data's header names.
    if ((mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.UNZIP) && options.windowBits === 0) {
      windowBits = 0;
    } else {
      // gzip needs at least a 9-bit window.
      const lower = mode === constants.GZIP ? 9 : constants.Z_MIN_WINDOWBITS;
      windowBits = rangeOrDefault(options.windowBits, 'options.windowBits', lower, constants.Z_MAX_WINDOWBITS,
        constants.Z_DEFAULT_WINDOWBITS);
    }
  }
  // zlib refuses raw deflate with an 8-bit window; Node uses 9 instead.
  if (mode === constants.DEFLATERAW && windowBits === 8) windowBits = 9;
  const level = rangeOrDefault(options.level, 'options.level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL,
    constants.Z_DEFAULT_COMPRESSION);
  const memLevel = rangeOrDefault(options.memLevel, 'options.memLevel', constants.Z_MIN_MEMLEVEL,
    constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
  const strategy = rangeOrDefault(options.strategy, 'options.strategy', constants.Z_DEFAULT_STRATEGY,
    constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
  let dictionary = options.dictionary;
  if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
    if (isAnyArrayBuffer(dictionary)) {
      dictionary = Buffer.from(dictionary);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
  }
  ZlibBase.call(this, options, mode);
  try {
    this[kHandle] = native().create(mode, level, windowBits || constants.Z_DEFAULT_WINDOWBITS, memLevel, strategy, dictionary);
  } catch (error) {
    throw zlibError(error.code === 'Z_STREAM_ERROR' ? new ERR_ZLIB_INITIALIZATION_FAILED() : error);
  }
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  rangeOrDefault(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, 0);
  rangeOrDefault(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, 0);
  if (this._level === level && this._strategy === strategy) {
    if (callback) process.nextTick(callback);
    return;
  }
  this.flush(constants.Z_SYNC_FLUSH, () => {
    this[kHandle]?.params(level, strategy);
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  });
};

// The public classes, callable without `new` as Node's are.
function defineClass(name, Parent, construct) {
  const Class = {
    [name]: function(options) {
      if (!(this instanceof Class)) return new Class(options);
      construct(this, options);
    },
  }[name];
  Object.setPrototypeOf(Class.prototype, Parent.prototype);
  Object.setPrototypeOf(Class, Parent);
  return Class;
}

const zlibClass = (name, mode) => defineClass(name, Zlib, (self, options) => Zlib.call(self, options, mode));
const Deflate = zlibClass('Deflate', constants.DEFLATE);
const Inflate = zlibClass('Inflate', constants.INFLATE);
const Gzip = zlibClass('Gzip', constants.GZIP);
const Gunzip = zlibClass('Gunzip', constants.GUNZIP);
const DeflateRaw = zlibClass('DeflateRaw', constants.DEFLATERAW);
const InflateRaw = zlibClass('InflateRaw', constants.INFLATERAW);
const Unzip = zlibClass('Unzip', constants.UNZIP);

// Brotli's parameters by number: the encoder's and the decoder's.
const kBrotliEncoderParams = 10;   // BROTLI_PARAM_MODE ... BROTLI_PARAM_STREAM_OFFSET
const kBrotliDecoderParams = 2;    // BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION, _LARGE_WINDOW

function Brotli(options, compresses) {
  options ??= {};
  const parameters = [];
  if (options.params !== undefined && options.params !== null) {
    if (typeof options.params !== 'object') throw new ERR_INVALID_ARG_TYPE('options.params', 'Object', options.params);
    const limit = compresses ? kBrotliEncoderParams : kBrotliDecoderParams;
    for (const origKey of Object.keys(options.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key >= limit || !Number.isInteger(key)) {
        const { codes: { ERR_BROTLI_INVALID_PARAM } } = require('internal/errors');
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = options.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      parameters.push(key, Number(value));
    }
  }
  ZlibBase.call(this, options, compresses ? constants.BROTLI_ENCODE : constants.BROTLI_DECODE, kBrotliFlushes);
  this[kHandle] = native().createBrotli(compresses, parameters);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

const BrotliCompress = defineClass('BrotliCompress', Brotli, (self, options) => Brotli.call(self, options, true));
const BrotliDecompress = defineClass('BrotliDecompress', Brotli, (self, options) => Brotli.call(self, options, false));

function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function asyncFunction(Class) {
  return function(buffer, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateFunction(callback, 'callback');
    buffer = inputBuffer(buffer);
    const engine = new Class(options);
    const chunks = [];
    let size = 0;
    engine.on('data', (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
    });
    engine.on('error', (error) => {
      engine.removeAllListeners('end');
      callback(error);
    });
    engine.on('end', () => {
      const result = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      engine.close();
      callback(null, engine._info ? { buffer: result, engine } : result);
    });
    engine.end(buffer);
  };
}

function syncFunction(Class) {
  return function(buffer, options) {
    buffer = inputBuffer(buffer);
    const engine = new Class(options);
    try {
      const result = engine._processChunk(buffer, engine._finishFlushFlag);
      return engine._info ? { buffer: result, engine } : result;
    } finally {
      engine.close();
    }
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateNumber(value, 'value', 0, 2 ** 32 - 1);
  return native().crc32(typeof data === 'string' ? Buffer.from(data) : data, value);
}

const zlib = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
};
for (const [name, Class] of [['deflate', Deflate], ['gzip', Gzip], ['deflateRaw', DeflateRaw], ['unzip', Unzip],
  ['inflate', Inflate], ['gunzip', Gunzip], ['inflateRaw', InflateRaw], ['brotliCompress', BrotliCompress],
  ['brotliDecompress', BrotliDecompress]]) {
  const run = asyncFunction(Class);
  Object.defineProperty(run, 'name', { __proto__: null, value: name });
  zlib[name] = run;
  zlib[`${name}Sync`] = syncFunction(Class);
  Object.defineProperty(zlib[`${name}Sync`], 'name', { __proto__: null, value: `${name}Sync` });
}
for (const [name, Class] of [['createDeflate', Deflate], ['createInflate', Inflate], ['createDeflateRaw', DeflateRaw],
  ['createInflateRaw', InflateRaw], ['createGzip', Gzip], ['createGunzip', Gunzip], ['createUnzip', Unzip],
  ['createBrotliCompress', BrotliCompress], ['createBrotliDecompress', BrotliDecompress]]) {
  zlib[name] = { [name](options) { return new Class(options); } }[name];
}
Object.defineProperty(zlib, 'constants', { __proto__: null, value: constants, enumerable: true, configurable: false, writable: false });
Object.defineProperty(zlib, 'codes', { __proto__: null, value: codes, enumerable: true, configurable: false, writable: false });
// The constants also live on the module itself, not enumerable (Node's legacy access).
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(zlib, key, { __proto__: null, value: constants[key], enumerable: false, writable: false });
}

module.exports = zlib;
