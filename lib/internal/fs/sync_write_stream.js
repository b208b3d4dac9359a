'use strict';
// A Writable over a descriptor whose every write completes before write() returns. Standard
// output and error use it for files, pipes and sockets, as Node does on Linux: a full
// non-blocking pipe is waited out, so output written just before exit is never lost.

const Writable = require('internal/streams/writable');
const { Buffer } = require('buffer');
const { errnoException } = require('internal/errors');
const { writeString, writeBuffer, close } = internalBinding('fs');

function SyncWriteStream(fd, options) {
  if (!(this instanceof SyncWriteStream)) return new SyncWriteStream(fd, options);
  Reflect.apply(Writable, this, [{ autoDestroy: true, decodeStrings: false }]);
  this.fd = fd;
  this.readable = false;
  this.autoClose = options?.autoClose === undefined ? true : options.autoClose;
  // Pipes and sockets report failures the way sockets do ("write EPIPE").
  this._socketErrors = options?.socketErrors === true;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
  try {
    if (typeof chunk !== 'string') writeBuffer(this.fd, chunk, 0, chunk.byteLength);
    else if (encoding === 'utf8' || encoding === 'utf-8') writeString(this.fd, chunk);
    else writeBuffer(this.fd, Buffer.from(chunk, encoding));
  } catch (err) {
    if (err.errno === undefined || !err.syscall) throw err;
    cb(this._socketErrors ? errnoException(err.errno, 'write') : err);
    return;
  }
  cb();
};

SyncWriteStream.prototype._destroy = function(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) close(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
