'use strict';
// Argument handling shared by fs, fs/promises and streams: paths, flags, modes, Stats, Dirent.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateInt32, validateInteger, parseFileMode } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const constants = internalBinding('constants').fs;
// The most one read or write moves, and the largest file readFile reads.
const kIoMaxLength = 2 ** 31 - 1;
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

function isURL(value) { return value != null && typeof value.href === 'string' && typeof value.protocol === 'string'; }

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return require('internal/url').fileURLToPath(fileURLOrPath);
}

function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const hasNul = typeof path === 'string' ? path.includes('\u0000') : path.includes(0);
  if (hasNul) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  if (typeof path === 'string') return path;
  // Bytes that are not UTF-8 stay bytes (a Buffer, which the binding takes as the name's own
  // bytes): a string made from them would name another file.
  const { Buffer, isUtf8 } = require('buffer');
  return isUtf8(path) ? Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString() : Buffer.from(path);
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInteger(fd, propName, 0, 2147483647);
  return fd;
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

// One request object per callback-form call: the binding calls req.oncomplete(err, result).
// Requests in flight are what process._getActiveRequests() lists.
const activeRequests = new Set();
class FSReqCallback {
  constructor(oncomplete) {
    this.complete = oncomplete;
    activeRequests.add(this);
  }

  oncomplete(err, result) {
    activeRequests.delete(this);
    this.complete(err, result);
  }
}
// With async context in use (async_hooks loaded), the callback runs in the caller's context.
function makeRequest(oncomplete) {
  const asyncContext = globalThis.__apusAsyncContext;
  if (asyncContext === undefined) return new FSReqCallback(oncomplete);
  const req = new FSReqCallback(oncomplete);
  req.complete = asyncContext.bind(oncomplete, 'FSREQCALLBACK', req);
  return req;
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') return { ...defaultOptions, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  if (options.encoding !== 'buffer' && options.encoding != null && !require('buffer').Buffer.isEncoding(options.encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', options.encoding, 'is invalid encoding');
  }
  return { ...defaultOptions, ...options };
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function msFromTimeSpec(sec, nsec) { return sec * 1e3 + nsec / 1e6; }
// Number() only for BigInt: this engine's optimizing tiers keep speculating an int32 result for
// Math.round(Number(x)) and leave the optimized code on every call (a millisecond time
// overflows int32), ~80 ns a date instead of ~30.
function dateFromMs(ms) { return new Date(Math.round(typeof ms === 'number' ? ms : Number(ms))); }

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid; this.rdev = rdev;
    this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  }
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
  _checkModeProperty(property) { return (this.mode & S_IFMT) === property; }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }
}

// Must match statArray in Sources/Bindings/FSBinding.swift (18 fields).
function getStatsFromBinding(values, offset = 0) {
  const v = (i) => values[offset + i];
  return new Stats(v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7), v(8), v(9),
    msFromTimeSpec(v(10), v(11)), msFromTimeSpec(v(12), v(13)), msFromTimeSpec(v(14), v(15)),
    msFromTimeSpec(v(16), v(17)));
}

class BigIntStats extends StatsBase {}

function getBigIntStatsFromBinding(values) {
  const b = (i) => BigInt(values[i]);
  const stats = new BigIntStats(b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7), b(8), b(9));
  const ns = (s, n) => BigInt(values[s]) * 1000000000n + BigInt(values[n]);
  stats.atimeNs = ns(10, 11); stats.mtimeNs = ns(12, 13); stats.ctimeNs = ns(14, 15); stats.birthtimeNs = ns(16, 17);
  stats.atimeMs = stats.atimeNs / 1000000n; stats.mtimeMs = stats.mtimeNs / 1000000n;
  stats.ctimeMs = stats.ctimeNs / 1000000n; stats.birthtimeMs = stats.birthtimeNs / 1000000n;
  stats.atime = dateFromMs(stats.atimeMs); stats.mtime = dateFromMs(stats.mtimeMs);
  stats.ctime = dateFromMs(stats.ctimeMs); stats.birthtime = dateFromMs(stats.birthtimeMs);
  return stats;
}
BigIntStats.prototype._checkModeProperty = function(property) { return (this.mode & BigInt(S_IFMT)) === BigInt(property); };

const kType = Symbol('type');
// Must match statfs in Sources/Bindings/FSBinding+Dir.swift.
class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(values, bigint) {
  return Reflect.construct(StatFs, bigint ? values.map((value) => BigInt(value)) : values);
}

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

function validateOffsetLengthWrite(offset, length, bufferLength) {
  if (offset > bufferLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${bufferLength}`, offset);
  if (length > bufferLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validateReadBuffer(buffer) {
  if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
}

// After the zero-length shortcut: the buffer must have room, and offset + length must fit in it.
function validateReadRange(buffer, offset, length) {
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
}

// A file position: null/undefined/-1 (or any negative bigint) for "the current one", else a
// non-negative integer or bigint.
function readPosition(position) {
  if (position === null || position === undefined) return null;
  if (typeof position === 'number') {
    validateInteger(position, 'position', -1);
    return position === -1 ? null : position;
  }
  if (typeof position === 'bigint') {
    const limit = 2n ** 63n;
    if (position < -limit || position > limit - 1n) throw new ERR_OUT_OF_RANGE('position', `>= ${-limit} && <= ${limit - 1n}`, position);
    // Positions past 2^53 cross to the binding as BigInts, which it reads exactly.
    if (position < 0n) return null;
    return position <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(position) : position;
  }
  throw new ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
}

function byteView(buffer) {
  return buffer instanceof DataView ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : buffer;
}

// readv/writev take an array of views; each is handed to the binding as a byte view.
function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  return buffers.map(byteView);
}

module.exports = {
  byteView,
  validateBufferArray,
  readPosition,
  validateReadBuffer,
  validateReadRange,
  Dirent,
  Stats,
  BigIntStats,
  constants,
  kIoMaxLength,
  getBigIntStatsFromBinding,
  activeRequests,
  getStatFsFromBinding,
  getOptions,
  makeRequest,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  makeCallback,
  parseFileMode,
  stringToFlags,
  toPathIfFileURL,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
};
