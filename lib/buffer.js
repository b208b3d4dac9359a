'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS, ERR_STRING_TOO_LONG },
} = require('internal/errors');
const { validateNumber, validateInteger, validateString, validateArray } = require('internal/validators');
const enc = require('internal/buffer_encoding');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');

const kMaxLength = 2 ** 32;
// From this size, allocUnsafe memory skips the zeroing the engine does for typed arrays.
const kUninitializedThreshold = 64 * 1024;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});
const INSPECT_MAX_BYTES_DEFAULT = 50;
let INSPECT_MAX_BYTES = INSPECT_MAX_BYTES_DEFAULT;

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) { super(bufferOrLength, byteOffset, length); }
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, Symbol.species, { enumerable: false, configurable: true, get() { return FastBuffer; } });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { __proto__: null, value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);

// DEP0005 is for code a program owns: a call from a dependency (a file under node_modules) only
// warns with --pending-deprecation. The stack is read for the first frame outside Apus's lib.
let deprecationWarned = false;
let stackChecks = 0;
function calledFromNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  for (const line of stack.split('\n').slice(1)) {
    const location = /\(([^()]*):\d+:\d+\)$/.exec(line)?.[1] ?? /^\s+at ([^()]*):\d+:\d+$/.exec(line)?.[1];
    if (location === undefined || location.startsWith('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(location);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (deprecationWarned || ++stackChecks > 10000) return;
  if (!require('internal/options').pendingDeprecation() && calledFromNodeModules()) return;
  deprecationWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

Buffer.poolSize = 8 * 1024;
let poolSize, poolOffset, allocPool, allocPoolBytes;

// Buffers share the pool, so postMessage may copy it but never transfer it away.
function markPoolUntransferable(pool) {
  require('internal/worker/js_transferable').markAsUntransferable(pool);
}

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  allocPoolBytes = new Uint8Array(allocPool);
  markPoolUntransferable(allocPool);
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

// --zero-fill-buffers: the unsafe allocations are zero-filled too.
const zeroFillBuffers = require('internal/options').isOptionOn('--zero-fill-buffers');

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return zeroFillBuffers ? new FastBuffer(size) : allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return zeroFillBuffers ? new FastBuffer(size) : unpooledBuffer(size);
};

// A Buffer with its own memory: zeroed by the engine when small, left as the allocator gives it
// from kUninitializedThreshold on.
function unpooledBuffer(size) {
  return size < kUninitializedThreshold ? new FastBuffer(size) : new FastBuffer(enc.uninitializedArrayBuffer(size));
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return unpooledBuffer(size);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isArrayBufferView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) buf[k] = items[k];
  return buf;
};

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  // A long string gets its own ArrayBuffer, encoded straight into it when possible.
  if (ops === encodingOps.utf8 || ops === encodingOps.latin1 || ops === encodingOps.ascii) {
    const encoded = ops === encodingOps.utf8 ? enc.utf8Encode(string) : enc.latin1Encode(string);
    if (encoded !== undefined) return new FastBuffer(encoded);
  }
  // UTF-8 that surely takes a pool slice (three bytes a unit at most) is written straight into
  // the pool, its length learned from the write: one pass over the string instead of two.
  if (ops === encodingOps.utf8 && string.length * 3 < (Buffer.poolSize >>> 1)) {
    if (string.length * 3 > (poolSize - poolOffset)) createPool();
    const written = enc.utf8Write(allocPoolBytes, string, poolOffset, poolSize - poolOffset);
    const b = new FastBuffer(allocPool, poolOffset, written);
    poolOffset += written;
    alignPool();
    return b;
  }
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const buf = allocate(length);
    const actual = ops.write(buf, string, 0, length);
    return actual !== length ? new FastBuffer(buf.buffer, 0, actual) : buf;
  }
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    b.set(obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(Uint8Array.from(obj).buffer);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

// Up to this many bytes a loop here beats the native crossing.
const kNativeCompareThreshold = 64;
function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const length = Math.min(aEnd - aStart, bEnd - bStart);
  if (length > kNativeCompareThreshold) return enc.native().compare(a, aStart, aEnd, b, bStart, bEnd);
  for (let i = 0; i < length; i++) {
    const x = a[aStart + i], y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = aEnd - aStart, lb = bEnd - bStart;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && getEncodingOps(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

// TypedArray.prototype.set costs ~40 ns before the first byte; short copies go byte by byte,
// forward, so source and target must not overlap.
function copyBytes(target, targetStart, source, sourceStart, count) {
  if (count < 32) {
    for (let i = 0; i < count; i++) target[targetStart + i] = source[sourceStart + i];
  } else {
    target.set(sourceStart === 0 && count === source.length ? source : source.subarray(sourceStart, sourceStart + count), targetStart);
  }
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    const copy = Math.min(buf.length, length - pos);
    if (copy > 0) copyBytes(buffer, pos, buf, 0, copy);
    pos += copy;
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops) return ops.byteLength(string);
  }
  return enc.utf8Length(string);
}
Buffer.byteLength = byteLength;

const encodingOps = {
  utf8: { encoding: 'utf8', byteLength: enc.utf8Length, write: (b, s, o, l) => enc.utf8Write(b, s, o, l), slice: enc.utf8Slice },
  ucs2: { encoding: 'utf16le', byteLength: (s) => s.length * 2, write: enc.utf16leWrite, slice: enc.utf16leSlice },
  utf16le: { encoding: 'utf16le', byteLength: (s) => s.length * 2, write: enc.utf16leWrite, slice: enc.utf16leSlice },
  latin1: { encoding: 'latin1', byteLength: (s) => s.length, write: enc.latin1Write, slice: enc.latin1Slice },
  ascii: { encoding: 'ascii', byteLength: (s) => s.length, write: enc.latin1Write, slice: enc.asciiSlice },
  base64: { encoding: 'base64', byteLength: enc.base64ByteLength, write: enc.base64Write, slice: (b, s, e) => enc.base64Slice(b, s, e) },
  base64url: { encoding: 'base64url', byteLength: enc.base64ByteLength, write: enc.base64Write, slice: (b, s, e) => enc.base64Slice(b, s, e, true) },
  hex: { encoding: 'hex', byteLength: (s) => s.length >>> 1, write: enc.hexWrite, slice: enc.hexSlice },
};

function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4: if (encoding === 'utf8' || encoding === 'UTF8') return encodingOps.utf8; break;
    case 5: if (encoding === 'utf-8' || encoding === 'UTF-8') return encodingOps.utf8; break;
  }
  switch (encoding.toLowerCase()) {
    case 'utf8': case 'utf-8': return encodingOps.utf8;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return encodingOps.utf16le;
    case 'latin1': case 'binary': return encodingOps.latin1;
    case 'ascii': return encodingOps.ascii;
    case 'base64': return encodingOps.base64;
    case 'base64url': return encodingOps.base64url;
    case 'hex': return encodingOps.hex;
  }
  return undefined;
}

function normalizeEncoding(encoding) {
  if (encoding == null || encoding === '') return 'utf8';
  return getEncodingOps(encoding)?.encoding;
}

// Node caps strings at kStringMaxLength characters whatever the engine allows.
function decodedLength(encoding, byteCount) {
  switch (encoding) {
    case 'hex': return byteCount * 2;
    case 'base64': return Math.ceil(byteCount / 3) * 4;
    case 'base64url': return Math.ceil(byteCount * 4 / 3);
    case 'utf16le': return byteCount >>> 1;
    default: return byteCount;
  }
}

function checkStringLength(encoding, byteCount) {
  if (byteCount > kStringMaxLength / 2 && decodedLength(encoding, byteCount) > kStringMaxLength) {
    throw new ERR_STRING_TOO_LONG(kStringMaxLength.toString(16));
  }
}

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) {
    checkStringLength('utf8', this.length);
    return enc.utf8Slice(this, 0, this.length);
  }
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) {
    checkStringLength('utf8', end - start);
    return enc.utf8Slice(this, start, end);
  }
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  checkStringLength(ops.encoding, end - start);
  return ops.slice(this, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return compareBytes(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isUint8Array(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = Math.trunc(+byteOffset);
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : buffer.length;
  let needle;
  let ops;
  if (typeof val === 'number') {
    needle = new Uint8Array([val & 0xff]);
  } else if (typeof val === 'string' || isUint8Array(val)) {
    ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
    // Only a string needle is decoded; for bytes the encoding just selects the UTF-16 search.
    if (typeof val === 'string') {
      if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
      needle = fromString(val, ops.encoding);
    } else {
      needle = val;
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  const length = buffer.length;
  if (byteOffset < 0) {
    byteOffset += length;
    if (byteOffset < 0) {
      if (!dir && needle.length > 0) return -1;
      byteOffset = 0;
    }
  }
  if (needle.length === 0) return Math.min(byteOffset, length);
  if (ops !== undefined && ops.encoding === 'utf16le') return indexOfUtf16(buffer, needle, byteOffset, dir);
  if (dir) {
    outer: for (let i = byteOffset; i <= length - needle.length; i++) {
      for (let j = 0; j < needle.length; j++) if (buffer[i + j] !== needle[j]) continue outer;
      return i;
    }
  } else {
    outer: for (let i = Math.min(byteOffset, length - needle.length); i >= 0; i--) {
      for (let j = 0; j < needle.length; j++) if (buffer[i + j] !== needle[j]) continue outer;
      return i;
    }
  }
  return -1;
}

// A UTF-16 search compares whole code units at even byte positions only.
function indexOfUtf16(buffer, needle, byteOffset, dir) {
  const units = buffer.length >>> 1;
  const needleUnits = needle.length >>> 1;
  if (units === 0 || needleUnits === 0 || needle.length > buffer.length) return -1;
  const matchesAt = (unit) => {
    for (let j = 0; j < needleUnits * 2; j++) if (buffer[unit * 2 + j] !== needle[j]) return false;
    return true;
  };
  if (dir) {
    if (byteOffset + needle.length > buffer.length) return -1;
    for (let unit = Math.floor(byteOffset / 2); unit <= units - needleUnits; unit++) if (matchesAt(unit)) return unit * 2;
  } else {
    for (let unit = Math.min(Math.floor(byteOffset / 2), units - needleUnits); unit >= 0; unit--) if (matchesAt(unit)) return unit * 2;
  }
  return -1;
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buf, value & 255, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') bytes = fromString(value, encoding);
  else if (isUint8Array(value)) bytes = value;
  else if (isArrayBufferView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else if (typeof value === 'boolean') bytes = new Uint8Array([+value]);
  else bytes = new Uint8Array([Number(value) & 255]);
  if (bytes.length === 0) {
    if (typeof value === 'string') {
      throw new ERR_INVALID_ARG_VALUE('value', value);
    }
    throw new ERR_INVALID_ARG_VALUE('value', value);
  }
  for (let i = offset; i < end; i++) buf[i] = bytes[(i - offset) % bytes.length];
  return buf;
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

Buffer.prototype.write = function write(string, offset, length, encoding) {
  validateString(string, 'string');
  if (offset === undefined) {
    return encodingOps.utf8.write(this, string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return encodingOps.utf8.write(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
};

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  targetStart = targetStart === undefined ? 0 : toInteger(targetStart, 'targetStart');
  sourceStart = sourceStart === undefined ? 0 : toInteger(sourceStart, 'sourceStart');
  sourceEnd = sourceEnd === undefined ? this.length : toInteger(sourceEnd, 'sourceEnd');
  if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  if (sourceStart < 0 || sourceStart > this.length) {
    throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
  }
  if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > this.length) sourceEnd = this.length;
  const count = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  target.set(this.subarray(sourceStart, sourceStart + count), targetStart);
  return count;
};

function toInteger(n, name) {
  n = +n;
  if (Number.isNaN(n)) return 0;
  if (!Number.isFinite(n)) throw new ERR_OUT_OF_RANGE(name, 'a finite number', n);
  return Math.trunc(n);
}

Buffer.prototype.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
Buffer.prototype.slice = function slice(start, end) { return this.subarray(start, end); };

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

Buffer.prototype.swap16 = function swap16() {
  if (this.length % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < this.length; i += 2) swap(this, i, i + 1);
  return this;
};
Buffer.prototype.swap32 = function swap32() {
  if (this.length % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < this.length; i += 4) { swap(this, i, i + 3); swap(this, i + 1, i + 2); }
  return this;
};
Buffer.prototype.swap64 = function swap64() {
  if (this.length % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < this.length; i += 8) {
    swap(this, i, i + 7); swap(this, i + 1, i + 6); swap(this, i + 2, i + 5); swap(this, i + 3, i + 4);
  }
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

for (const [name, ops] of [['utf8', encodingOps.utf8], ['latin1', encodingOps.latin1], ['ascii', encodingOps.ascii],
  ['hex', encodingOps.hex], ['base64', encodingOps.base64], ['base64url', encodingOps.base64url],
  ['ucs2', encodingOps.ucs2], ['utf16le', encodingOps.utf16le]]) {
  Buffer.prototype[`${name}Slice`] = function(start = 0, end = this.length) { return ops.slice(this, start, end); };
  Buffer.prototype[`${name}Write`] = function(string, offset = 0, length = this.length - offset) {
    return ops.write(this, string, offset, length);
  };
}

// --- reading and writing numbers ---
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) boundsError(offset, buf.length - (byteLength + 1));
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// The fixed-width readers and writers default a missing offset to 0; the variable-width ones
// (readUIntLE and friends) require it.
function readChecked(buf, offset, size, offsetRequired = false) {
  // An integer offset inside the buffer, the common case, passes without a validator call.
  if (typeof offset === 'number' && offset >= 0 && offset + size <= buf.length && Number.isInteger(offset)) return offset;
  if (offset === undefined && !offsetRequired) offset = 0;
  validateNumber(offset, 'offset');
  if (!Number.isInteger(offset)) boundsError(offset, buf.length - size);
  if (offset < 0 || offset + size > buf.length) boundsError(offset, buf.length - size);
  return offset;
}

function readUIntLE(buf, offset, size) {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    value += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return value;
}

function readUIntBE(buf, offset, size) {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 0x100 + buf[offset + i];
  return value;
}

function validateByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  validateNumber(byteLength, 'byteLength');
  if (!Number.isInteger(byteLength) || byteLength < 1 || byteLength > 6) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

const proto = Buffer.prototype;
proto.readUIntLE = function readUIntLE_(offset, byteLength) {
  validateByteLength(byteLength);
  return readUIntLE(this, readChecked(this, offset, byteLength, true), byteLength);
};
proto.readUIntBE = function readUIntBE_(offset, byteLength) {
  validateByteLength(byteLength);
  return readUIntBE(this, readChecked(this, offset, byteLength, true), byteLength);
};
proto.readIntLE = function readIntLE(offset, byteLength) {
  validateByteLength(byteLength);
  const value = readUIntLE(this, readChecked(this, offset, byteLength, true), byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return value >= limit ? value - limit * 2 : value;
};
proto.readIntBE = function readIntBE(offset, byteLength) {
  validateByteLength(byteLength);
  const value = readUIntBE(this, readChecked(this, offset, byteLength, true), byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return value >= limit ? value - limit * 2 : value;
};

function defineRead(name, size, read) {
  proto[name] = { [name](offset = 0) { return read(this, readChecked(this, offset, size)); } }[name];
}
defineRead('readUInt8', 1, (b, o) => b[o]);
defineRead('readInt8', 1, (b, o) => (b[o] << 24) >> 24);
defineRead('readUInt16LE', 2, (b, o) => b[o] | (b[o + 1] << 8));
defineRead('readUInt16BE', 2, (b, o) => (b[o] << 8) | b[o + 1]);
defineRead('readInt16LE', 2, (b, o) => ((b[o] | (b[o + 1] << 8)) << 16) >> 16);
defineRead('readInt16BE', 2, (b, o) => (((b[o] << 8) | b[o + 1]) << 16) >> 16);
defineRead('readUInt32LE', 4, (b, o) => b[o] + b[o + 1] * 0x100 + b[o + 2] * 0x10000 + b[o + 3] * 0x1000000);
defineRead('readUInt32BE', 4, (b, o) => b[o] * 0x1000000 + b[o + 1] * 0x10000 + b[o + 2] * 0x100 + b[o + 3]);
defineRead('readInt32LE', 4, (b, o) => b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24));
defineRead('readInt32BE', 4, (b, o) => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]);
defineRead('readFloatLE', 4, (b, o) => { for (let i = 0; i < 4; i++) float32Bytes[i] = b[o + i]; return float32[0]; });
defineRead('readFloatBE', 4, (b, o) => { for (let i = 0; i < 4; i++) float32Bytes[3 - i] = b[o + i]; return float32[0]; });
defineRead('readDoubleLE', 8, (b, o) => { for (let i = 0; i < 8; i++) float64Bytes[i] = b[o + i]; return float64[0]; });
defineRead('readDoubleBE', 8, (b, o) => { for (let i = 0; i < 8; i++) float64Bytes[7 - i] = b[o + i]; return float64[0]; });
defineRead('readBigUInt64LE', 8, (b, o) => BigInt(readUIntLE(b, o, 4)) + (BigInt(readUIntLE(b, o + 4, 4)) << 32n));
defineRead('readBigUInt64BE', 8, (b, o) => (BigInt(readUIntBE(b, o, 4)) << 32n) + BigInt(readUIntBE(b, o + 4, 4)));
defineRead('readBigInt64LE', 8, (b, o) => BigInt.asIntN(64, BigInt(readUIntLE(b, o, 4)) + (BigInt(readUIntLE(b, o + 4, 4)) << 32n)));
defineRead('readBigInt64BE', 8, (b, o) => BigInt.asIntN(64, (BigInt(readUIntBE(b, o, 4)) << 32n) + BigInt(readUIntBE(b, o + 4, 4))));
addUintAliases('read');

// readUint8 for readUInt8 and so on: Node has both spellings. A plain loop: the engine's
// Array.prototype.filter and String.prototype.replace are JavaScript compiled on first use,
// and this runs when the module loads.
function addUintAliases(prefix) {
  for (const name of Object.keys(proto)) {
    if (!name.startsWith(`${prefix}UInt`) && !name.startsWith(`${prefix}BigUInt`)) continue;
    const at = name.indexOf('UInt');
    proto[`${name.slice(0, at)}Uint${name.slice(at + 4)}`] = proto[name];
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      else range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2 ** ${(byteLength + 1) * 8 - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function writeChecked(buf, value, offset, size, min, max, offsetRequired = false) {
  // An integer offset inside the buffer and a value in range, the common case, pass at once.
  if (typeof offset === 'number' && offset >= 0 && offset + size <= buf.length && Number.isInteger(offset) &&
      (min === undefined || (value >= min && value <= max))) {
    return offset;
  }
  if (offset === undefined && !offsetRequired) offset = 0;
  validateNumber(offset, 'offset');
  if (min !== undefined) checkInt(value, min, max, buf, offset, size - 1);
  if (!Number.isInteger(offset) || offset < 0 || offset + size > buf.length) boundsError(offset, buf.length - size);
  return offset;
}

function writeUIntLE(buf, value, offset, size) {
  for (let i = 0; i < size; i++) {
    buf[offset + i] = value & 0xff;
    value = Math.floor(value / 0x100);
  }
  return offset + size;
}

function writeUIntBE(buf, value, offset, size) {
  for (let i = size - 1; i >= 0; i--) {
    buf[offset + i] = value & 0xff;
    value = Math.floor(value / 0x100);
  }
  return offset + size;
}

function defineWrite(name, size, min, max, write) {
  proto[name] = { [name](value, offset = 0) {
    value = +value;
    offset = writeChecked(this, value, offset, size, min, max);
    return write(this, value, offset);
  } }[name];
}
defineWrite('writeUInt8', 1, 0, 0xff, (b, v, o) => { b[o] = v; return o + 1; });
defineWrite('writeInt8', 1, -0x80, 0x7f, (b, v, o) => { b[o] = v; return o + 1; });
defineWrite('writeUInt16LE', 2, 0, 0xffff, (b, v, o) => writeUIntLE(b, v, o, 2));
defineWrite('writeUInt16BE', 2, 0, 0xffff, (b, v, o) => writeUIntBE(b, v, o, 2));
defineWrite('writeInt16LE', 2, -0x8000, 0x7fff, (b, v, o) => writeUIntLE(b, v & 0xffff, o, 2));
defineWrite('writeInt16BE', 2, -0x8000, 0x7fff, (b, v, o) => writeUIntBE(b, v & 0xffff, o, 2));
defineWrite('writeUInt32LE', 4, 0, 0xffffffff, (b, v, o) => writeUIntLE(b, v, o, 4));
defineWrite('writeUInt32BE', 4, 0, 0xffffffff, (b, v, o) => writeUIntBE(b, v, o, 4));
defineWrite('writeInt32LE', 4, -0x80000000, 0x7fffffff, (b, v, o) => writeUIntLE(b, v >>> 0, o, 4));
defineWrite('writeInt32BE', 4, -0x80000000, 0x7fffffff, (b, v, o) => writeUIntBE(b, v >>> 0, o, 4));
defineWrite('writeFloatLE', 4, undefined, undefined, (b, v, o) => { float32[0] = v; for (let i = 0; i < 4; i++) b[o + i] = float32Bytes[i]; return o + 4; });
defineWrite('writeFloatBE', 4, undefined, undefined, (b, v, o) => { float32[0] = v; for (let i = 0; i < 4; i++) b[o + i] = float32Bytes[3 - i]; return o + 4; });
defineWrite('writeDoubleLE', 8, undefined, undefined, (b, v, o) => { float64[0] = v; for (let i = 0; i < 8; i++) b[o + i] = float64Bytes[i]; return o + 8; });
defineWrite('writeDoubleBE', 8, undefined, undefined, (b, v, o) => { float64[0] = v; for (let i = 0; i < 8; i++) b[o + i] = float64Bytes[7 - i]; return o + 8; });

function defineBigWrite(name, signed, littleEndian) {
  proto[name] = { [name](value, offset = 0) {
    if (typeof value !== 'bigint') throw new ERR_INVALID_ARG_TYPE('value', 'bigint', value);
    const min = signed ? -(2n ** 63n) : 0n;
    const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
    offset = writeChecked(this, value, offset, 8, min, max);
    const unsigned = BigInt.asUintN(64, value);
    const low = Number(unsigned & 0xffffffffn);
    const high = Number(unsigned >> 32n);
    if (littleEndian) {
      writeUIntLE(this, low, offset, 4);
      writeUIntLE(this, high, offset + 4, 4);
    } else {
      writeUIntBE(this, high, offset, 4);
      writeUIntBE(this, low, offset + 4, 4);
    }
    return offset + 8;
  } }[name];
}
defineBigWrite('writeBigUInt64LE', false, true);
defineBigWrite('writeBigUInt64BE', false, false);
defineBigWrite('writeBigInt64LE', true, true);
defineBigWrite('writeBigInt64BE', true, false);

function defineVariableWrite(name, signed, littleEndian) {
  proto[name] = { [name](value, offset, byteLength) {
    validateByteLength(byteLength);
    value = +value;
    const bits = 8 * byteLength;
    const min = signed ? -(2 ** (bits - 1)) : 0;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    offset = writeChecked(this, value, offset, byteLength, min, max, true);
    const unsignedValue = value < 0 ? value + 2 ** bits : value;
    return littleEndian ? writeUIntLE(this, unsignedValue, offset, byteLength) :
      writeUIntBE(this, unsignedValue, offset, byteLength);
  } }[name];
}
defineVariableWrite('writeUIntLE', false, true);
defineVariableWrite('writeUIntBE', false, false);
defineVariableWrite('writeIntLE', true, true);
defineVariableWrite('writeIntBE', true, false);
addUintAliases('write');

proto[Symbol.for('nodejs.util.inspect.custom')] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = enc.hexSlice(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of require('internal/util/own_keys').ownNonIndexKeys(this, true, !ctx.showHidden, true)) {
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const { inspect: inspectValue } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      str += inspectValue(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[Symbol.for('nodejs.util.inspect.custom')];

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code > 0xff) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
    bytes[i] = code;
  }
  return enc.base64Slice(bytes, 0, bytes.length);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    const { DOMException } = require('internal/per_context/domexception');
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = new Uint8Array(Math.floor(input.length * 3 / 4));
  const written = enc.base64Write(bytes, input, 0, bytes.length);
  return enc.latin1Slice(bytes, 0, written);
}

// Node's native validators reject a detached buffer without the usual "Invalid state:" prefix.
function validatableBytes(input) {
  if (!isArrayBufferView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const buffer = isAnyArrayBuffer(input) ? input : input.buffer;
  if (buffer.detached) {
    throw require('internal/errors').codedError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  }
  return buffer === input ? new Uint8Array(input) : new Uint8Array(buffer, input.byteOffset, input.byteLength);
}

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
function isUtf8(input) {
  const bytes = validatableBytes(input);
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i];
    if (lead < 0x80) { i++; continue; }
    let count, low = 0x80, high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) count = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      count = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      count = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return false;
    if (i + count >= length) return false;
    const second = bytes[i + 1];
    if (second < low || second > high) return false;
    for (let k = 2; k <= count; k++) {
      const next = bytes[i + k];
      if (next < 0x80 || next > 0xbf) return false;
    }
    i += count + 1;
  }
  return true;
}

function isAscii(input) {
  const bytes = validatableBytes(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// transcode(source, from, to) between utf8, utf16le, latin1 and ascii, with the conversions
// Node's ICU converters make: a character the target cannot hold becomes '?' (U+FFFD in
// UTF-8 and UTF-16 targets); ill-formed UTF-8 decodes with U+FFFD per maximal subpart, but
// fails with U_INVALID_CHAR_FOUND on its way to UTF-16, as a lone surrogate does on its way to
// UTF-8; ascii input above 0x7f reaches UTF-16 as latin1; an odd trailing UTF-16 byte becomes
// U+FFFD in UTF-16 and is dropped otherwise.
const kTranscodeErrors = { U_ILLEGAL_ARGUMENT_ERROR: 1, U_INVALID_CHAR_FOUND: 10 };
const kNotAscii = /[^\x00-\x7f]/gu;
const kNotLatin1 = /[^\x00-\xff]/gu;
const kHighBytes = /[\x80-\xff]/g;

function transcodeError(code) {
  const error = new Error(`Unable to transcode Buffer [${code}]`);
  error.code = code;
  error.errno = kTranscodeErrors[code];
  return error;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer();
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  const supported = (encoding) => encoding === 'utf8' || encoding === 'utf16le' || encoding === 'latin1' || encoding === 'ascii';
  if (!supported(from) || !supported(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR');
  const bytes = source instanceof Buffer ? source : new FastBuffer(source.buffer, source.byteOffset, source.length);
  let text;
  switch (from) {
    case 'utf8':
      if (to === 'utf16le' && !isUtf8(bytes)) throw transcodeError('U_INVALID_CHAR_FOUND');
      text = bytes.toString('utf8');
      break;
    case 'latin1':
      text = bytes.toString('latin1');
      break;
    case 'ascii':
      text = bytes.toString('latin1');
      if (to === 'utf8') text = text.replace(kHighBytes, '\ufffd');
      else if (to !== 'utf16le') text = text.replace(kHighBytes, '?');
      break;
    case 'utf16le': {
      text = bytes.toString('utf16le');
      if (to === 'utf8' && !text.isWellFormed()) throw transcodeError('U_INVALID_CHAR_FOUND');
      if (to === 'utf16le') {
        // An odd last byte is one more U+FFFD, unless it completes a lone lead surrogate's.
        const odd = (bytes.length & 1) === 1;
        const last = text.charCodeAt(text.length - 1);
        const endsInLead = last >= 0xd800 && last <= 0xdbff;
        text = text.toWellFormed() + (odd && !endsInLead ? '\ufffd' : '');
      }
      break;
    }
  }
  if (to === 'ascii') text = text.replace(kNotAscii, '?');
  else if (to === 'latin1') text = text.replace(kNotLatin1, '?');
  return Buffer.from(text, to);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  FastBuffer,
};
Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    configurable: true, enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) { validateNumber(val, 'INSPECT_MAX_BYTES', 0); INSPECT_MAX_BYTES = val; },
  },
});
require('internal/util').defineLazyProperties(module.exports, 'internal/blob', ['Blob', 'resolveObjectURL']);
require('internal/util').defineLazyProperties(module.exports, 'internal/file', ['File']);
