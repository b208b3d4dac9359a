'use strict';
// fs.promises.open and the FileHandle it resolves to: every operation is one promise-form
// binding call on the handle's descriptor.

const binding = internalBinding('fs');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  AbortError,
  codes: { ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable, validateAbortSignal, validateInteger, validateObject,
} = require('internal/validators');
const {
  byteView, constants: { S_IFMT, S_IFREG }, getBigIntStatsFromBinding, kIoMaxLength, getStatsFromBinding, getValidatedPath, parseFileMode, readPosition,
  stringToFlags, toUnixTimestamp, validateBufferArray, validateReadBuffer, validateReadRange,
} = require('internal/fs/utils');
const { isArrayBufferView } = require('internal/util/types');

const kUsePromises = binding.kUsePromises;
const kReadChunk = 512 * 1024;
// Writes are split so an abort takes effect between chunks.
const kWriteChunk = 512 * 1024;
const kMaxUserId = 2 ** 32 - 1;
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

class FileHandle extends EventEmitter {
  #fd;
  #closing = null;
  #webStreamLocked = false;
  #refs = 1;
  #pendingClose = null;
  #asyncId;

  constructor(fd) {
    super();
    this.#fd = fd;
    this.#asyncId = require('internal/async_context').newAsyncId();
  }

  get fd() { return this.#fd; }

  getAsyncId() { return this.#asyncId; }

  #checkOpen(syscall) {
    if (this.#fd === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
    return this.#fd;
  }

  // A stream reading or writing through the handle holds a reference; close() emits 'close'
  // at once (so such streams stop) but closes the descriptor only when the last one is released.
  close() {
    if (this.#fd === -1) return Promise.resolve();
    if (this.#closing !== null) return this.#closing;
    this.#refs--;
    if (this.#refs === 0) {
      this.#closing = this.#closeNow();
    } else {
      this.#closing = new Promise((resolve, reject) => { this.#pendingClose = { resolve, reject }; });
    }
    this.emit('close');
    return this.#closing;
  }

  #closeNow() {
    const fd = this.#fd;
    this.#fd = -1;
    return binding.close(fd, kUsePromises).finally(() => { this.#closing = null; });
  }

  [kRef]() {
    this.#refs++;
  }

  [kUnref]() {
    if (--this.#refs === 0 && this.#pendingClose !== null) {
      const { resolve, reject } = this.#pendingClose;
      this.#pendingClose = null;
      this.#closeNow().then(resolve, reject);
    }
  }

  async [Symbol.asyncDispose]() { return this.close(); }

  async read(bufferOrOptions, offset, length, position) {
    const fd = this.#checkOpen('read');
    let buffer = bufferOrOptions;
    if (!isArrayBufferView(buffer)) {
      if (buffer !== undefined) validateObject(buffer, 'options', kValidateObjectAllowNullable);
      const options = buffer ?? {};
      buffer = options.buffer ?? Buffer.alloc(16384);
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = options);
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    validateReadBuffer(buffer);
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    length |= 0;
    if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
    validateReadRange(buffer, offset, length);
    // Unlike fs.read, a position that is neither a number nor a bigint means "current".
    position = typeof position === 'number' || typeof position === 'bigint' ? readPosition(position) : null;
    const bytesRead = await binding.read(fd, byteView(buffer), offset, length, position, kUsePromises);
    return { __proto__: null, bytesRead, buffer };
  }

  async write(data, offsetOrOptions, lengthOrEncoding, position) {
    const fd = this.#checkOpen('write');
    if (isArrayBufferView(data)) {
      let offset = offsetOrOptions;
      let length = lengthOrEncoding;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = data.byteLength - offset, position = null } = offset);
      }
      offset ??= 0;
      validateInteger(offset, 'offset', 0);
      length ??= data.byteLength - offset;
      validateInteger(length, 'length', 0, data.byteLength - offset);
      if (typeof position !== 'number') position = null;
      if (length === 0) return { __proto__: null, bytesWritten: 0, buffer: data };
      const bytesWritten = await binding.write(fd, byteView(data), offset, length, position, kUsePromises);
      return { __proto__: null, bytesWritten, buffer: data };
    }
    if (typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const bytes = Buffer.from(data, typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8');
    const at = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
    const bytesWritten = bytes.length === 0 ? 0 : await binding.write(fd, bytes, 0, bytes.length, at, kUsePromises);
    return { __proto__: null, bytesWritten, buffer: data };
  }

  async readv(buffers, position) {
    const fd = this.#checkOpen('read');
    const views = validateBufferArray(buffers);
    if (views.length === 0) return { __proto__: null, bytesRead: 0, buffers };
    const bytesRead = await binding.readBuffers(fd, views, typeof position === 'number' ? position : null, kUsePromises);
    return { __proto__: null, bytesRead, buffers };
  }

  async writev(buffers, position) {
    const fd = this.#checkOpen('write');
    const views = validateBufferArray(buffers);
    if (views.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
    const bytesWritten = await binding.writeBuffers(fd, views, typeof position === 'number' ? position : null, kUsePromises);
    return { __proto__: null, bytesWritten, buffers };
  }

  async stat(options) {
    const values = await binding.fstat(this.#checkOpen('fstat'), kUsePromises);
    return options?.bigint ? getBigIntStatsFromBinding(values) : getStatsFromBinding(values);
  }

  async truncate(len = 0) {
    validateInteger(len, 'len');
    await binding.ftruncate(this.#checkOpen('ftruncate'), Math.max(0, len), kUsePromises);
  }

  async sync() { await binding.fsync(this.#checkOpen('fsync'), kUsePromises); }

  // From the current position to the end. A regular file is read into one buffer of the size
  // fstat gives, up to that size (as readFileSync); anything else grows chunk by chunk.
  async readFile(options) {
    const fd = this.#checkOpen('read');
    const encoding = typeof options === 'string' ? options : options?.encoding;
    const signal = typeof options === 'object' ? options?.signal : undefined;
    validateAbortSignal(signal, 'options.signal');
    const values = await binding.fstat(fd, kUsePromises);
    const knownSize = (values[1] & S_IFMT) === S_IFREG ? values[8] : 0;
    if (knownSize > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(knownSize);
    const chunks = [];
    let total = 0;
    let buffer = Buffer.allocUnsafeSlow(knownSize || kReadChunk);
    let filled = 0;
    for (;;) {
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      const length = Math.min(kReadChunk, buffer.length - filled);
      const count = await binding.read(fd, buffer, filled, length, null, kUsePromises);
      filled += count;
      if (count > 0 && filled < buffer.length) continue;
      if (filled > 0) chunks.push(filled === buffer.length ? buffer : buffer.subarray(0, filled));
      total += filled;
      if (count === 0 || total === knownSize) break;
      buffer = Buffer.allocUnsafeSlow(kReadChunk);
      filled = 0;
    }
    const contents = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return encoding ? contents.toString(encoding) : contents;
  }

  // data may also be an iterable or async iterable (a stream) of strings and buffers; the
  // signal is checked before every write.
  async writeFile(data, options) {
    const fd = this.#checkOpen('write');
    const encoding = (typeof options === 'string' ? options : options?.encoding) ?? 'utf8';
    const signal = typeof options === 'object' ? options?.signal : undefined;
    validateAbortSignal(signal, 'options.signal');
    const checkAborted = () => {
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
    };
    const writeBytes = async (bytes) => {
      let written = 0;
      while (written < bytes.length) {
        checkAborted();
        const length = Math.min(kWriteChunk, bytes.length - written);
        written += await binding.write(fd, bytes, written, length, null, kUsePromises);
      }
    };
    const toBytes = (chunk) => {
      if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
      if (isArrayBufferView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    };
    checkAborted();
    if (typeof data !== 'string' && !isArrayBufferView(data) && data != null &&
        (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
      for await (const chunk of data) {
        checkAborted();
        await writeBytes(toBytes(chunk));
      }
      return;
    }
    await writeBytes(toBytes(data));
  }

  appendFile(data, options) { return this.writeFile(data, options); }

  async datasync() { await binding.fdatasync(this.#checkOpen('fdatasync'), kUsePromises); }

  async chmod(mode) {
    mode = parseFileMode(mode, 'mode');
    await binding.fchmod(this.#checkOpen('fchmod'), mode, kUsePromises);
  }

  async chown(uid, gid) {
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    await binding.fchown(this.#checkOpen('fchown'), uid, gid, kUsePromises);
  }

  async utimes(atime, mtime) {
    atime = toUnixTimestamp(atime, 'atime');
    mtime = toUnixTimestamp(mtime, 'mtime');
    await binding.futimes(this.#checkOpen('futime'), atime, mtime, kUsePromises);
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
  // The file's bytes as a web ReadableStream from the current position (a byte stream with
  // { type: 'bytes' }). One stream per handle; closing the handle ends the stream.
  readableWebStream(options = undefined) {
    const { codes: { ERR_INVALID_STATE } } = require('internal/errors');
    if (this.#fd === -1 || this.#closing !== null) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this.#webStreamLocked) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this.#webStreamLocked = true;
    const fd = this.#fd;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    let controller;
    const finish = () => {
      this.removeListener('close', onClose);
      this.#webStreamLocked = false;
    };
    const onClose = () => {
      finish();
      try { controller.close(); } catch { /* already closed or errored */ }
      controller.byobRequest?.respond(0);
    };
    this.once('close', onClose);
    const readInto = async (view) => {
      const bytesRead = await binding.read(fd, view, view.byteOffset, view.byteLength, null, kUsePromises);
      if (bytesRead === 0) finish();
      return bytesRead;
    };
    if (options?.type === 'bytes') {
      return new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        start(c) { controller = c; },
        async pull(c) {
          const view = c.byobRequest.view;
          const bytesRead = await readInto(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
          if (bytesRead === 0) {
            c.close();
            c.byobRequest?.respond(0);
          } else {
            c.byobRequest.respond(bytesRead);
          }
        },
        cancel: finish,
      });
    }
    return new ReadableStream({
      start(c) { controller = c; },
      async pull(c) {
        const chunk = new Uint8Array(64 * 1024);
        const bytesRead = await readInto(chunk);
        if (bytesRead === 0) c.close();
        else c.enqueue(chunk.subarray(0, bytesRead));
      },
      cancel: finish,
    });
  }

  readLines(options = undefined) {
    const { Interface } = require('internal/readline/interface');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const fd = await binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666), kUsePromises);
  return new FileHandle(fd);
}

module.exports = { FileHandle, open, kRef, kUnref };
