'use strict';
// process.stdout, process.stderr and process.stdin of the main thread. On Linux Node writes
// to files, pipes and terminals synchronously; so does this writer, which waits out a full
// non-blocking pipe, so output written just before exit is never lost.

const EventEmitter = require('events');
const { writeString, writeBuffer, guessHandleType } = internalBinding('fs');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.writable = true;
    this.destroyed = false;
    this._type = guessHandleType(fd).toLowerCase();
    this._isStdio = true;
    this.isTTY = this._type === 'tty' ? true : undefined;
    if (this.isTTY === undefined) delete this.isTTY;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    try {
      if (typeof chunk === 'string') writeString(this.fd, chunk);
      else if (ArrayBuffer.isView(chunk)) writeBuffer(this.fd, chunk, 0, chunk.byteLength);
      else {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    } catch (error) {
      if (error.code === undefined || !error.syscall) throw error;
      process.nextTick(() => {
        if (callback) callback(error);
        if (this.listenerCount('error') > 0) this.emit('error', error);
        else if (error.code !== 'EPIPE') throw error;
      });
      return false;
    }
    if (callback) process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    process.nextTick(() => this.emit('finish'));
    return this;
  }

  cork() {}
  uncork() {}
  destroy() { this.destroyed = true; return this; }
  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
  get writableEnded() { return false; }
  get columns() { return this.isTTY ? Number(process.env.COLUMNS) || 80 : undefined; }
  get rows() { return this.isTTY ? Number(process.env.LINES) || 24 : undefined; }
  getColorDepth() {
    if (!this.isTTY) return 1;
    if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined) return 1;
    if (process.env.TERM === 'dumb') return 1;
    if (process.env.COLORTERM === 'truecolor' || process.env.COLORTERM === '24bit') return 24;
    if (/-256(color)?$/i.test(process.env.TERM ?? '')) return 8;
    return 4;
  }
  hasColors(count = 16) { return 2 ** this.getColorDepth() >= count; }
}

// stdin on a pipe reads through a pipe handle; it keeps the process alive only while someone
// reads (a 'data' listener or resume()). Terminals and files come with the streams work.
function stdin() {
  let type = guessHandleType(0);
  if (type === 'PIPE' || type === 'TCP') {
    const { PipeSocket } = require('internal/child_process');
    let handle;
    try {
      handle = internalBinding('pipe_wrap').open(0);
    } catch (err) {
      // Descriptor 0 is the IPC channel to the parent (stdio 'ipc' first), which owns it.
      if (err.code !== 'EEXIST') throw err;
      type = 'IPC channel';
    }
    if (handle !== undefined) {
      const stream = new PipeSocket(handle, { readable: true, writable: false });
      stream.fd = 0;
      return stream;
    }
  }
  const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
  const stream = new EventEmitter();
  stream.fd = 0;
  if (type === 'TTY') stream.isTTY = true;
  for (const method of ['read', 'pause', 'resume', 'setEncoding', 'pipe', 'setRawMode']) {
    stream[method] = () => { throw new ERR_NOT_IMPLEMENTED(`process.stdin.${method}() on a ${type}`); };
  }
  // Listening for data must not silently wait forever.
  const addListener = stream.on;
  stream.on = stream.addListener = function(event, listener) {
    if (event === 'data' || event === 'readable' || event === 'end') {
      throw new ERR_NOT_IMPLEMENTED(`process.stdin.on('${event}') on a ${type}`);
    }
    return Reflect.apply(addListener, this, [event, listener]);
  };
  return stream;
}

module.exports = {
  stdout: () => new SyncWriteStream(1),
  stderr: () => new SyncWriteStream(2),
  stdin,
  SyncWriteStream,
};
