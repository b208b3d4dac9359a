'use strict';
// The file system: synchronous, callback and promise forms over internalBinding('fs').

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  AbortError,
  codedError,
  codes: { ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable, validateAbortSignal, validateBoolean, validateEncoding, validateFunction, validateInteger,
  validateObject, validateString,
} = require('internal/validators');
const {
  Dirent, Stats, constants, getBigIntStatsFromBinding, getOptions, getStatsFromBinding, getValidatedFd,
  activeRequests, getStatFsFromBinding, getValidatedPath, makeCallback, makeRequest, parseFileMode, stringToFlags, toUnixTimestamp,
  byteView, kIoMaxLength, readPosition, validateBufferArray, validateOffsetLengthWrite, validateReadBuffer,
  validateReadRange,
} = require('internal/fs/utils');
const { isArrayBufferView } = require('internal/util/types');

const { F_OK, R_OK, W_OK, X_OK, S_IFDIR, S_IFMT, S_IFREG } = constants;
const { op, runSync, runAsync } = require('internal/fs/ops');
const kUsePromises = binding.kUsePromises;

function request(callback, map) {
  return makeRequest((err, result) => { if (err) callback(err); else callback(null, map ? map(result) : result); });
}

// Paths come from the binding as UTF-8 strings; another encoding re-reads their bytes.
function encodeResult(value, encoding) {
  if (encoding === 'buffer') return Buffer.from(value);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(value).toString(encoding);
  return value;
}

// --- open / close / read / write ---
function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}
function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) { callback = flags; flags = 'r'; mode = 0o666; }
  else if (typeof mode === 'function') { callback = mode; mode = 0o666; }
  else mode = parseFileMode(mode, 'mode', 0o666);
  callback = makeCallback(callback);
  binding.open(path, stringToFlags(flags), mode, request(callback));
}

function closeSync(fd) { binding.close(getValidatedFd(fd)); }
function close(fd, callback = () => {}) {
  fd = getValidatedFd(fd);
  if (callback !== undefined) validateFunction(callback, 'cb');
  binding.close(fd, makeRequest((err) => callback(err ?? null)));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateReadBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  validateReadRange(buffer, offset, length);
  return binding.read(fd, byteView(buffer), offset, length, readPosition(position));
}

// fs.read(fd, callback), fs.read(fd, options, callback), fs.read(fd, buffer, callback),
// fs.read(fd, buffer, options, callback) or fs.read(fd, buffer, offset, length, position, callback).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let options = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      options = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        options = buffer;
        ({ buffer = Buffer.alloc(16384) } = options ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = options ?? {});
  }
  validateReadBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  validateReadRange(buffer, offset, length);
  position = readPosition(position);
  const req = makeRequest((err, bytesRead) => { callback(err, bytesRead ?? 0, buffer); });
  req.buffer = buffer;
  binding.read(fd, byteView(buffer), offset, length, position, req);
}

function vectorPosition(position) { return typeof position === 'number' ? position : null; }

// readv/writev and their sync forms: one binding call (readBuffers or writeBuffers) over all views.
function vectorSync(transfer, fd, buffers, position) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  return views.length === 0 ? 0 : transfer(fd, views, vectorPosition(position));
}

function vectorAsync(transfer, fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  if (callback === undefined) {
    callback = position;
    position = null;
  }
  validateFunction(callback, 'cb');
  if (views.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  const req = makeRequest((err, bytes) => { callback(err, bytes ?? 0, buffers); });
  req.buffers = views;
  transfer(fd, views, vectorPosition(position), req);
}

function readvSync(fd, buffers, position) { return vectorSync(binding.readBuffers, fd, buffers, position); }
function readv(fd, buffers, position, callback) { vectorAsync(binding.readBuffers, fd, buffers, position, callback); }
function writevSync(fd, buffers, position) { return vectorSync(binding.writeBuffers, fd, buffers, position); }
function writev(fd, buffers, position, callback) { vectorAsync(binding.writeBuffers, fd, buffers, position, callback); }

const kWriteDataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

// The bytes of the string form of write/writeSync; an encoding Buffer does not know writes UTF-8.
function encodeWriteString(string, encoding) {
  validateEncoding(string, encoding);
  return Buffer.from(string, Buffer.isEncoding(encoding) ? encoding : 'utf8');
}

// writeSync(fd, buffer[, offset[, length[, position]]]), writeSync(fd, buffer, options) and
// writeSync(fd, string[, position[, encoding]]).
function writeSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  if (!isArrayBufferView(buffer)) {
    if (typeof buffer !== 'string') throw new ERR_INVALID_ARG_TYPE('buffer', kWriteDataTypes, buffer);
    const bytes = encodeWriteString(buffer, length);
    return binding.write(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : null);
  }
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return binding.write(fd, byteView(buffer), offset, length, typeof position === 'number' ? position : null);
}

// write(fd, buffer[, offset[, length[, position]]], callback), write(fd, buffer, options,
// callback) and write(fd, string[, position[, encoding]], callback). The callback is the last
// argument given; it gets (err, bytesWritten, buffer-or-string).
function write(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  let bytes;
  if (isArrayBufferView(buffer)) {
    callback = callback || position || length || offset;
    validateFunction(callback, 'cb');
    if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    bytes = byteView(buffer);
  } else {
    if (typeof buffer !== 'string') throw new ERR_INVALID_ARG_TYPE('buffer', kWriteDataTypes, buffer);
    // (fd, string, callback) and (fd, string, position, callback) leave the encoding UTF-8.
    let encoding = length;
    callback = position;
    if (typeof callback !== 'function') {
      if (typeof offset === 'function') {
        callback = offset;
        offset = null;
      } else {
        callback = length;
      }
      encoding = 'utf8';
    }
    bytes = encodeWriteString(buffer, encoding);
    validateFunction(callback, 'cb');
    position = typeof offset === 'number' ? offset : null;
    offset = 0;
    length = bytes.length;
  }
  const req = makeRequest((err, written) => { callback(err, written ?? 0, buffer); });
  req.buffer = bytes;
  binding.write(fd, bytes, offset, length, position, req);
}

// --- whole files ---
function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isFd = (path >>> 0) === path;  // Node's rule: a uint32 is a descriptor
  const fd = isFd ? getValidatedFd(path) : openSync(path, options.flag, 0o666);
  try {
    const values = binding.fstat(fd);
    const isRegular = (values[1] & S_IFMT) === S_IFREG;
    const size = values[8];
    if (isRegular && size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
    const chunks = [];
    let total = 0;
    // A regular file is read into one buffer of its size, and reading stops there as Node's
    // does (a file that grows meanwhile is read up to its size at the fstat); anything else,
    // and a file whose size the system does not know (0), grows chunk by chunk.
    const knownSize = isRegular && size > 0;
    let chunk = Buffer.allocUnsafe(knownSize ? size : 65536);
    let filled = 0;
    for (;;) {
      const count = binding.read(fd, chunk, filled, chunk.length - filled, null);
      filled += count;
      if (knownSize && filled === size) {
        chunks.push(chunk);
        total = size;
        break;
      }
      if (count === 0 || filled === chunk.length) {
        if (filled > 0) chunks.push(filled === chunk.length ? chunk : chunk.subarray(0, filled));
        total += filled;
        if (count === 0) break;
        // A full buffer: a small read finds out whether the file goes on.
        chunk = Buffer.allocUnsafe(chunks.length === 1 ? 8192 : Math.max(65536, total));
        filled = 0;
      }
    }
    const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return options.encoding ? buffer.toString(options.encoding) : buffer;
  } finally {
    if (!isFd) binding.close(fd);
  }
}

// The most one read asks for (4 MiB reads a 100 MB file ~10% faster than 512 KiB reads), and
// what the buffer of a file of unknown size grows by.
const kReadFileChunk = 4 * 1024 * 1024;
const kReadFileGrowth = 512 * 1024;

function readFile(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'cb');
  options = getOptions(typeof options === 'function' ? undefined : options, { flag: 'r' });
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  const isFd = (path >>> 0) === path;  // Node's rule: a uint32 is a descriptor
  if (!isFd) path = getValidatedPath(path);
  const aborted = () => new AbortError(undefined, { cause: signal.reason });
  if (signal?.aborted) {
    process.nextTick(callback, aborted());
    return;
  }
  const chunks = [];
  let total = 0;
  const finish = (fd, err) => {
    const done = () => {
      if (err) return callback(err);
      const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
      callback(null, options.encoding ? buffer.toString(options.encoding) : buffer);
    };
    if (isFd) done();
    else binding.close(fd, makeRequest((closeErr) => { err ??= closeErr; done(); }));
  };
  // Reads into `buffer` from `offset`; a file that turns out longer continues in chunks, except
  // a regular file of known size, which is read up to that size as Node's is.
  let knownSize = 0;
  const readInto = (fd, buffer, offset) => {
    if (signal?.aborted) return finish(fd, aborted());
    // Each read is a thread-pool round trip: large chunks keep big files from paying thousands.
    const length = Math.min(kReadFileChunk, buffer.length - offset);
    binding.read(fd, buffer, offset, length, null, makeRequest((err, count) => {
      if (err) return finish(fd, err);
      offset += count;
      if (knownSize > 0 && offset === knownSize) {
        chunks.push(buffer);
        total = knownSize;
        return finish(fd);
      }
      if (count === 0 || offset === buffer.length) {
        if (offset > 0) chunks.push(offset === buffer.length ? buffer : buffer.subarray(0, offset));
        total += offset;
        if (count === 0) return finish(fd);
        // A full buffer: a small read finds out whether the file goes on.
        return readInto(fd, Buffer.allocUnsafe(chunks.length === 1 ? 8192 : kReadFileGrowth), 0);
      }
      readInto(fd, buffer, offset);
    }));
  };
  // A regular file's size is known: one buffer of that size, no concatenation.
  const start = (fd) => {
    binding.fstat(fd, makeRequest((err, values) => {
      if (err) return finish(fd, err);
      const isRegular = (values[1] & S_IFMT) === S_IFREG;
      const size = values[8];
      if (isRegular && size > kIoMaxLength) {
        return finish(fd, new ERR_FS_FILE_TOO_LARGE(size));
      }
      if (isRegular && size > 0) knownSize = size;
      readInto(fd, Buffer.allocUnsafeSlow(knownSize > 0 ? size : kReadFileGrowth), 0);
    }));
  };
  if (isFd) start(path);
  else {
    binding.open(path, stringToFlags(options.flag), 0o666, makeRequest((err, fd) => {
      if (err) callback(err);
      else start(fd);
    }));
  }
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// `flush: true` syncs the file to disk before it is closed; it goes through fs.fsync(Sync), as
// in Node, so programs (and their mocks) see the call.
function flushOption(options) {
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return flush;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flush = flushOption(options);
  const bytes = toBytes(data, options.encoding);
  const isFd = (path >>> 0) === path;  // Node's rule: a uint32 is a descriptor
  const fd = isFd ? getValidatedFd(path) : openSync(path, options.flag, options.mode);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += binding.write(fd, bytes, offset, bytes.length - offset, null);
    if (flush) module.exports.fsyncSync(fd);
  } finally {
    if (!isFd) binding.close(fd);
  }
}

function writeFile(path, data, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'cb');
  options = getOptions(typeof options === 'function' ? undefined : options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  const flush = flushOption(options);
  const bytes = toBytes(data, options.encoding);
  const isFd = (path >>> 0) === path;  // Node's rule: a uint32 is a descriptor
  const fail = (fd, err) => {
    if (isFd) return callback(err);
    binding.close(fd, makeRequest(() => callback(err)));
  };
  // The signal is checked before every write: an abort stops the remaining ones.
  const writeAll = (fd, offset) => {
    if (signal?.aborted) return fail(fd, new AbortError(undefined, { cause: signal.reason }));
    if (offset >= bytes.length) {
      const finish = () => (isFd ? callback(null) : binding.close(fd, request(callback)));
      if (!flush) return finish();
      return module.exports.fsync(fd, (err) => (err ? fail(fd, err) : finish()));
    }
    binding.write(fd, bytes, offset, bytes.length - offset, null, makeRequest((err, written) => {
      if (err) return fail(fd, err);
      writeAll(fd, offset + written);
    }));
  };
  if (isFd) return writeAll(path, 0);
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  binding.open(getValidatedPath(path), stringToFlags(options.flag), parseFileMode(options.mode, 'mode', 0o666),
    makeRequest((err, fd) => {
      if (err) callback(err);
      else writeAll(fd, 0);
    }));
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, { ...options, flag: options.flag || 'a' });
}

function appendFile(path, data, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  options = getOptions(typeof options === 'function' ? undefined : options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFile(path, data, { ...options, flag: options.flag || 'a' }, callback);
}

// --- metadata ---
function statOptions(options) {
  return options !== null && typeof options === 'object' ? options : { bigint: false };
}
function toStats(values, options) {
  return options?.bigint ? getBigIntStatsFromBinding(values) : getStatsFromBinding(values);
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path)), options.bigint);
}
function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, request(callback, (values) => getStatFsFromBinding(values, options.bigint)));
}

// throwIfNoEntry: false makes a missing path (ENOENT) answer undefined.
function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  options = statOptions(options);
  const values = binding.stat(getValidatedPath(path), undefined, options.throwIfNoEntry === false);
  return values === undefined ? undefined : toStats(values, options);
}
function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  options = statOptions(options);
  const values = binding.lstat(getValidatedPath(path), undefined, options.throwIfNoEntry === false);
  return values === undefined ? undefined : toStats(values, options);
}
function fstatSync(fd, options = { bigint: false }) {
  return toStats(binding.fstat(getValidatedFd(fd)), statOptions(options));
}

function stat(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  binding.stat(getValidatedPath(path), request(callback, (values) => toStats(values, options)));
}
function lstat(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  binding.lstat(getValidatedPath(path), request(callback, (values) => toStats(values, options)));
}
function fstat(fd, options, callback) {
  if (typeof options === 'function') { callback = options; options = {}; }
  callback = makeCallback(callback);
  binding.fstat(getValidatedFd(fd), request(callback, (values) => toStats(values, options)));
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let valid;
  try {
    valid = getValidatedPath(path);
  } catch {
    return process.nextTick(callback, false);
  }
  binding.access(valid, F_OK, makeRequest((err) => { callback(!err); }));
}

// The mode of access and copyFile: 0..7 or null/undefined for the default. Node checks it
// natively, hence codedError.
function getValidMode(mode, defaultMode) {
  if (mode === null || mode === undefined) return defaultMode;
  if (typeof mode !== 'number') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  const value = mode | 0;
  if (value < 0 || value > 7) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return value;
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, getValidMode(mode, F_OK));
}
function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = F_OK; }
  path = getValidatedPath(path);
  mode = getValidMode(mode, F_OK);
  callback = makeCallback(callback);
  binding.access(path, mode, request(callback));
}

// --- directories ---
function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') mode = parseFileMode(options, 'mode');
  else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  if (!recursive) {
    binding.mkdir(path, mode);
    return undefined;
  }
  // Like `mkdir -p`, the path is walked as written: ".." segments are not normalized away first.
  return mkdirRecursiveSync(path, mode);
}

// mkdir -p as a generator of operations (internal/fs/ops), run synchronously or not.
// Returns the first directory created, or undefined when all existed.
function* mkdirRecursive(path, mode) {
  try {
    yield op('mkdir', path, mode);
    return path;
  } catch (err) {
    if (err.code === 'EEXIST') {
      if (!(yield op('isDirectory', path))) throw err;
      return undefined;
    }
    if (err.code !== 'ENOENT') throw err;
    const parent = pathModule.dirname(path);
    if (parent === path) throw err;
    const first = yield* mkdirRecursive(parent, mode);
    // One more try now that the parent exists; a second ENOENT (say, a deleted cwd) is final.
    try {
      yield op('mkdir', path, mode);
    } catch (retryErr) {
      if (retryErr.code !== 'EEXIST' || !(yield op('isDirectory', path))) throw retryErr;
      return first;
    }
    return first ?? path;
  }
}

// readdir with `recursive`: every entry below base, depth first.
function* readdirRecursive(base, options) {
  const results = [];
  function* walk(dir, relative) {
    const [joined, types] = yield op('scan', dir);
    const names = namesOfReaddir(joined);
    for (let i = 0; i < names.length; i++) {
      const rel = relative ? pathModule.join(relative, names[i]) : names[i];
      let type = types[i];
      results.push(options.withFileTypes ? new Dirent(names[i], type, dir) : rel);
      if (type === constants.UV_DIRENT_UNKNOWN && (yield op('isDirectoryNoFollow', pathModule.join(dir, names[i])))) {
        type = constants.UV_DIRENT_DIR;
      }
      if (type === constants.UV_DIRENT_DIR) yield* walk(pathModule.join(dir, names[i]), rel);
    }
  }
  yield* walk(base, '');
  return results;
}

function performSync({ name, args }) {
  switch (name) {
    case 'mkdir': return binding.mkdir(args[0], args[1]);
    case 'scan': return binding.readdir(args[0], true);
    case 'isDirectoryNoFollow': return lstatSync(args[0]).isDirectory();
    default: return statSync(args[0]).isDirectory();
  }
}

function performAsync({ name, args }) {
  switch (name) {
    case 'mkdir': return binding.mkdir(args[0], args[1], kUsePromises);
    case 'scan': return binding.readdir(args[0], true, kUsePromises);
    case 'isDirectoryNoFollow':
      return binding.lstat(args[0], kUsePromises).then((values) => (values[1] & S_IFMT) === S_IFDIR);
    default: return binding.stat(args[0], kUsePromises).then((values) => (values[1] & S_IFMT) === S_IFDIR);
  }
}

function mkdirRecursiveSync(path, mode) {
  return runSync(mkdirRecursive(path, mode), performSync);
}

function readdirRecursiveSync(base, options) {
  return runSync(readdirRecursive(base, options), performSync);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (!recursive) {
    binding.mkdir(path, mode, makeRequest((err) => callback(err ?? null)));
    return;
  }
  runAsync(mkdirRecursive(path, mode), performAsync).then((first) => callback(null, first), callback);
}

// The binding joins names with '/', which no name contains.
// Must match readdir in Sources/Bindings/FSBinding.swift.
// The names the binding joined with '/': a string, or (namesAsBytes) their bytes, each name
// then decoded with `encoding` ('buffer': a Buffer of its bytes).
function namesOfReaddir(joined, encoding) {
  if (typeof joined === 'string') return joined === '' ? [] : joined.split('/');
  const names = [];
  for (let start = 0; start < joined.length;) {
    let end = joined.indexOf(0x2f, start);
    if (end === -1) end = joined.length;
    const bytes = Buffer.from(joined.subarray(start, end));
    names.push(encoding === 'buffer' ? bytes : bytes.toString(encoding));
    start = end + 1;
  }
  return names;
}

// Whether names must cross as bytes: any encoding but UTF-8 reads the file system's own bytes.
function namesAsBytes(options) {
  const { encoding } = options;
  return !!encoding && encoding !== 'utf8' && encoding !== 'utf-8';
}

function shapeReaddir(result, path, options) {
  if (options.withFileTypes) {
    const types = result[1];
    return namesOfReaddir(result[0], options.encoding).map((name, i) => new Dirent(name, types[i], path));
  }
  return namesOfReaddir(result, options.encoding);
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursiveSync(path, options);
  return shapeReaddir(binding.readdir(path, !!options.withFileTypes, undefined, namesAsBytes(options)), path, options);
}

function readdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    runAsync(readdirRecursive(path, options), performAsync).then((result) => callback(null, result), callback);
    return;
  }
  binding.readdir(path, !!options.withFileTypes, request(callback, (result) => shapeReaddir(result, path, options)),
    namesAsBytes(options));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) return require('internal/fs/rimraf').rmdirRecursiveSync(path, options);
  binding.rmdir(path);
}
function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    require('internal/fs/rimraf').rmdirRecursiveAsync(path, options).then(() => callback(null), callback);
    return;
  }
  binding.rmdir(path, request(callback));
}

function rmSync(path, options) {
  require('internal/fs/rimraf').rmSync(getValidatedPath(path), options);
}
function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  require('internal/fs/rimraf').rmAsync(path, options).then(() => callback(null), callback);
}

function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }
function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), request(callback));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}
function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), request(callback));
}

function realpathSync(path, options) {
  options = getOptions(options);
  return encodeResult(binding.realpath(getValidatedPath(path)), options.encoding);
}
realpathSync.native = realpathSync;
function realpath(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  options = getOptions(options);
  binding.realpath(getValidatedPath(path), request(callback, (p) => encodeResult(p, options.encoding)));
}
realpath.native = realpath;

let warnedNonPortableTemplate = false;
function validatedTemplate(prefix) {
  const template = getValidatedPath(prefix, 'prefix');
  if (!warnedNonPortableTemplate && template.endsWith('X')) {
    warnedNonPortableTemplate = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
      'For details see: https://nodejs.org/api/fs.html');
  }
  return template;
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  return encodeResult(binding.mkdtemp(validatedTemplate(prefix)), options.encoding);
}
function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  options = getOptions(options);
  binding.mkdtemp(validatedTemplate(prefix), request(callback, (path) => encodeResult(path, options.encoding)));
}

function chmodSync(path, mode) { binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode')); }
function chmod(path, mode, callback) {
  callback = makeCallback(callback);
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'), request(callback));
}

// Only a string type is checked; any other value means "file".
function symlinkFlags(type) {
  if (typeof type !== 'string') return 0;
  switch (type) {
    case 'dir': return constants.UV_FS_SYMLINK_DIR;
    case 'junction': return constants.UV_FS_SYMLINK_JUNCTION;
    case 'file': return 0;
  }
  const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
  throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
}

function symlinkSync(target, path, type) {
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = undefined; }
  callback = makeCallback(callback);
  const flags = symlinkFlags(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags, request(callback));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeResult(binding.readlink(getValidatedPath(path)), options.encoding);
}
function readlink(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  binding.readlink(getValidatedPath(path), request(callback));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}
function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), request(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}
function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  callback = makeCallback(callback);
  binding.ftruncate(fd, Math.max(0, len), request(callback));
}
function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateWithFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  open(path, 'r+', (openErr, fd) => {
    if (openErr) return callback(openErr);
    ftruncate(fd, len, (truncateErr) => {
      close(fd, (closeErr) => callback(truncateErr || closeErr || null));
    });
  });
}

let warnedTruncateWithFd = false;
function warnTruncateWithFd() {
  if (warnedTruncateWithFd) return;
  warnedTruncateWithFd = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. ' +
    'Please use fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateWithFd();
    return ftruncateSync(path, len);
  }
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
function fsync(fd, callback) {
  callback = makeCallback(callback);
  binding.fsync(getValidatedFd(fd), request(callback));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 0));
}
function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  callback = makeCallback(callback);
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 0), request(callback));
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), request(callback));
}

// User and group ids: -1 leaves one unchanged. lchmod does not exist on Linux.
const kMaxUserId = 2 ** 32 - 1;
function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function fchmodSync(fd, mode) { binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode')); }
function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, request(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}
function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, request(callback));
}
function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}
function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, request(callback));
}
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}
function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, request(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, request(callback));
}
function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), request(callback));
}

function fdatasyncSync(fd) { binding.fdatasync(getValidatedFd(fd)); }
function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, request(callback));
}

// fs.promises.writeFile of an iterable or stream: written through a FileHandle, then closed.
async function writeIterableToFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const handle = await module.exports.promises.open(path, options.flag, options.mode);
  try {
    await handle.writeFile(data, options);
  } finally {
    await handle.close();
  }
}

// fs.promises.readFile/writeFile/appendFile also take an open FileHandle in place of a path.
function fileHandleOf(path) {
  if (path === null || typeof path !== 'object') return undefined;
  const { FileHandle } = require('internal/fs/promises');
  return path instanceof FileHandle ? path : undefined;
}

const promises = {
  async readFile(path, options) {
    const handle = fileHandleOf(path);
    if (handle !== undefined) return handle.readFile(options);
    return new Promise((resolve, reject) => readFile(path, options, (err, data) => (err ? reject(err) : resolve(data))));
  },
  async writeFile(path, data, options) {
    const handle = fileHandleOf(path);
    if (handle !== undefined) return handle.writeFile(data, options);
    if (typeof data !== 'string' && !isArrayBufferView(data) && data != null &&
        (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
      return writeIterableToFile(path, data, options);
    }
    return new Promise((resolve, reject) => writeFile(path, data, options, (err) => (err ? reject(err) : resolve())));
  },
  async appendFile(path, data, options) {
    const handle = fileHandleOf(path);
    if (handle !== undefined) return handle.appendFile(data, options);
    return new Promise((resolve, reject) => appendFile(path, data, options, (err) => (err ? reject(err) : resolve())));
  },
  async stat(path, options) { return toStats(await binding.stat(getValidatedPath(path), kUsePromises), options); },
  async lstat(path, options) { return toStats(await binding.lstat(getValidatedPath(path), kUsePromises), options); },
  async access(path, mode) { await binding.access(getValidatedPath(path), getValidMode(mode, F_OK), kUsePromises); },
  async unlink(path) { await binding.unlink(getValidatedPath(path), kUsePromises); },
  async rmdir(path, options) {
    path = getValidatedPath(path);
    if (options?.recursive) return require('internal/fs/rimraf').rmdirRecursiveAsync(path, options);
    await binding.rmdir(path, kUsePromises);
  },
  async rename(a, b) { await binding.rename(getValidatedPath(a, 'oldPath'), getValidatedPath(b, 'newPath'), kUsePromises); },
  async realpath(path) { return binding.realpath(getValidatedPath(path), kUsePromises); },
  async readlink(path) { return binding.readlink(getValidatedPath(path), kUsePromises); },
  async mkdtemp(prefix, options) {
    options = getOptions(options);
    return encodeResult(await binding.mkdtemp(validatedTemplate(prefix), kUsePromises), options.encoding);
  },
  // The recursive forms of mkdir and readdir, and rm, still run synchronously.
  async mkdir(path, options) {
    path = getValidatedPath(path);
    const { mode, recursive } = mkdirOptions(options);
    if (recursive) return runAsync(mkdirRecursive(path, mode), performAsync);
    await binding.mkdir(path, mode, kUsePromises);
    return undefined;
  },
  watch(filename, options) { return require('internal/fs/watchers').watchPromise(filename, options); },
  async cp(src, dest, options) {
    const { cpFn, validateCpOptions } = require('internal/fs/cp');
    options = validateCpOptions(options, getValidMode);
    return cpFn(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), options);
  },
  async statfs(path, options = { bigint: false }) {
    return getStatFsFromBinding(await binding.statfs(getValidatedPath(path), kUsePromises), options.bigint);
  },
  async opendir(path, options) { return require('internal/fs/dir').opendirPromise(path, options); },
  async readdir(path, options) {
    options = getOptions(options);
    path = getValidatedPath(path);
    if (options.recursive) return runAsync(readdirRecursive(path, options), performAsync);
    return shapeReaddir(await binding.readdir(path, !!options.withFileTypes, kUsePromises, namesAsBytes(options)), path,
      options);
  },
  async rm(path, options) { return require('internal/fs/rimraf').rmAsync(getValidatedPath(path), options); },
  async copyFile(src, dest, mode = 0) {
    await binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 0), kUsePromises);
  },
  async chown(path, uid, gid) {
    path = getValidatedPath(path);
    validateIds(uid, gid);
    await binding.chown(path, uid, gid, kUsePromises);
  },
  async lchown(path, uid, gid) {
    path = getValidatedPath(path);
    validateIds(uid, gid);
    await binding.lchown(path, uid, gid, kUsePromises);
  },
  async lutimes(path, atime, mtime) {
    await binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), kUsePromises);
  },
  async chmod(path, mode) { await binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'), kUsePromises); },
  async symlink(target, path, type) {
    const flags = symlinkFlags(type);
    await binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags, kUsePromises);
  },
  async utimes(path, atime, mtime) {
    await binding.utimes(getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), kUsePromises);
  },
  open(path, flags, mode) { return require('internal/fs/promises').open(path, flags, mode); },
  async truncate(path, len = 0) {
    const handle = await require('internal/fs/promises').open(path, 'r+');
    try {
      await handle.truncate(len);
    } finally {
      await handle.close();
    }
  },
  async link(existingPath, newPath) {
    await binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), kUsePromises);
  },
  // Symbolic links have no mode of their own on Linux; (path, mode) as in Node, for its length.
  async lchmod(path, mode) {
    const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
  },
  constants,
};

// A Blob of the file's bytes. The bytes are read now, where Node's Blob reads the file when
// consumed (and fails if the file changed meanwhile).
function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
  }
  const { Blob } = require('internal/blob');
  return Promise.resolve(new Blob([bytes], { type }));
}

module.exports = {
  F_OK, R_OK, W_OK, X_OK,
  // Only macOS has lchmod: on Linux the names exist and are undefined, as in Node.
  lchmod: undefined, lchmodSync: undefined,
  openAsBlob,
  constants,
  Stats,
  Dirent,
  access, accessSync,
  appendFile, appendFileSync,
  chmod, chmodSync,
  chown, chownSync,
  fchmod, fchmodSync,
  fchown, fchownSync,
  fdatasync, fdatasyncSync,
  futimes, futimesSync,
  lchown, lchownSync,
  lutimes, lutimesSync,
  close, closeSync,
  copyFile, copyFileSync,
  exists, existsSync,
  fstat, fstatSync,
  fsync, fsyncSync,
  ftruncate, ftruncateSync,
  link, linkSync,
  lstat, lstatSync,
  mkdir, mkdirSync,
  mkdtemp, mkdtempSync,
  open, openSync,
  read, readSync,
  readdir, readdirSync,
  readFile, readFileSync,
  readlink, readlinkSync,
  realpath, realpathSync,
  rename, renameSync,
  rm, rmSync,
  rmdir, rmdirSync,
  stat, statSync,
  statfs, statfsSync,
  symlink, symlinkSync,
  truncate, truncateSync,
  readv, readvSync,
  writev, writevSync,
  unlink, unlinkSync,
  utimes, utimesSync,
  write, writeSync,
  writeFile, writeFileSync,
  promises,
  _toUnixTimestamp: toUnixTimestamp,
};
// util.promisify(fs.read) and friends resolve to an object naming the callback's values (for
// writev Node names the array `buffer`);
// util.promisify(fs.exists) resolves to the boolean.
{
  const { customPromisifyArgs } = require('internal/util');
  const define = (fn, key, value) => Object.defineProperty(fn, key, { __proto__: null, value, enumerable: false, writable: false, configurable: true });
  define(read, customPromisifyArgs, ['bytesRead', 'buffer']);
  define(write, customPromisifyArgs, ['bytesWritten', 'buffer']);
  define(readv, customPromisifyArgs, ['bytesRead', 'buffers']);
  define(writev, customPromisifyArgs, ['bytesWritten', 'buffer']);
  define(exists, Symbol.for('nodejs.util.promisify.custom'), function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  });
}
Object.defineProperty(module.exports, '_activeRequests', { __proto__: null, value: activeRequests, enumerable: false });
function cpSync(src, dest, options) {
  const { cpSyncFn, validateCpOptions } = require('internal/fs/cp');
  options = validateCpOptions(options, getValidMode);
  cpSyncFn(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), options);
}
function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const { cpFn, validateCpOptions } = require('internal/fs/cp');
  options = validateCpOptions(options, getValidMode);
  cpFn(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), options).then(() => callback(null), callback);
}
module.exports.cp = cp;
module.exports.cpSync = cpSync;

for (const name of ['watch', 'watchFile', 'unwatchFile']) {
  module.exports[name] = { [name](...args) { return require('internal/fs/watchers')[name](...args); } }[name];
}

for (const [name, key] of [['opendir', 'opendir'], ['opendirSync', 'opendirSync']]) {
  module.exports[name] = { [name](...args) { return require('internal/fs/dir')[key](...args); } }[name];
}
Object.defineProperty(module.exports, 'Dir', {
  __proto__: null, enumerable: true, configurable: true, get() { return require('internal/fs/dir').Dir; },
});

// The stream classes load on first use; a program may replace them, and the create
// functions then construct the replacement.
let ReadStream;
let WriteStream;
function loadStreams() {
  if (ReadStream === undefined) ({ ReadStream, WriteStream } = require('internal/fs/streams'));
}
module.exports.createReadStream = function createReadStream(path, options) {
  loadStreams();
  return new ReadStream(path, options);
};
module.exports.createWriteStream = function createWriteStream(path, options) {
  loadStreams();
  return new WriteStream(path, options);
};
for (const [names, get, set] of [
  [['ReadStream', 'FileReadStream'], () => ReadStream, (val) => { ReadStream = val; }],
  [['WriteStream', 'FileWriteStream'], () => WriteStream, (val) => { WriteStream = val; }],
]) {
  for (const name of names) {
    Object.defineProperty(module.exports, name, {
      __proto__: null,
      get() { loadStreams(); return get(); },
      set(val) { loadStreams(); set(val); },
      enumerable: true,
      configurable: true,
    });
  }
}
