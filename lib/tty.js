'use strict';
// tty: isatty and the terminal streams. A tty.WriteStream writes synchronously (as Node does
// on POSIX) and knows the terminal's size; a tty.ReadStream reads the terminal.

const SyncWriteStream = require('internal/fs/sync_write_stream');
const { getColorDepth, hasColors } = require('internal/tty');
const { codes: { ERR_INVALID_FD }, errnoException } = require('internal/errors');
const ttyWrap = internalBinding('tty_wrap');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && ttyWrap.isTTY(fd);
}

let PipeSocket;
let ReadStream;
function loadReadStream() {
  if (ReadStream !== undefined) return ReadStream;
  ({ PipeSocket } = require('internal/child_process'));
  // Terminal input: a readable stream over the terminal, with raw mode for key-by-key input.
  // A terminal left in raw mode is restored when the process exits.
  ReadStream = class ReadStream extends PipeSocket {
    constructor(fd, options) {
      if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
      super(internalBinding('pipe_wrap').openTTY(fd), { readable: true, writable: false, ...options });
      this.fd = fd;
      this.isRaw = false;
      this.isTTY = true;
    }

    setRawMode(flag) {
      flag = !!flag;
      const err = ttyWrap.setRawMode(this.fd, flag);
      if (err) {
        this.emit('error', errnoException(err, 'setRawMode'));
        return this;
      }
      if (flag && !this.isRaw) process.once('exit', () => { if (this.isRaw) ttyWrap.setRawMode(this.fd, false); });
      this.isRaw = flag;
      return this;
    }
  };
  return ReadStream;
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  Reflect.apply(SyncWriteStream, this, [fd, { autoClose: false }]);
  const size = [];
  if (ttyWrap.getWindowSize(fd, size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, SyncWriteStream.prototype);
Object.setPrototypeOf(WriteStream, SyncWriteStream);

WriteStream.prototype.isTTY = true;

WriteStream.prototype.getColorDepth = function(env) {
  return getColorDepth(env);
};

WriteStream.prototype.hasColors = function(count, env) {
  return hasColors(count, env);
};

WriteStream.prototype._refreshSize = function() {
  const size = [];
  const err = ttyWrap.getWindowSize(this.fd, size);
  if (err) {
    this.emit('error', errnoException(err, 'getWindowSize'));
    return;
  }
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

let readline;
function lazyReadline() {
  readline ??= require('readline');
  return readline;
}
WriteStream.prototype.cursorTo = function(x, y, cb) { return lazyReadline().cursorTo(this, x, y, cb); };
WriteStream.prototype.moveCursor = function(dx, dy, cb) { return lazyReadline().moveCursor(this, dx, dy, cb); };
WriteStream.prototype.clearLine = function(dir, cb) { return lazyReadline().clearLine(this, dir, cb); };
WriteStream.prototype.clearScreenDown = function(cb) { return lazyReadline().clearScreenDown(this, cb); };

module.exports = { isatty, WriteStream };
Object.defineProperty(module.exports, 'ReadStream', {
  __proto__: null, enumerable: true, configurable: true, get: loadReadStream,
});
