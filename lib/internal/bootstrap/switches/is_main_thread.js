'use strict';
// process.stdout, process.stderr and process.stdin of the main thread; the stream class
// follows what the descriptor is (terminal, file, pipe or socket).

const EventEmitter = require('events');
const { guessHandleType } = internalBinding('fs');

// Standard streams are never really destroyed: destroy() only ends them, and 'close' is still
// emitted, so closing stdout cannot break later writes of the runtime itself.
function stdioDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function createWritableStdioStream(fd) {
  const type = guessHandleType(fd);
  let stream;
  if (type === 'TTY') {
    const tty = require('tty');
    stream = new tty.WriteStream(fd);
    process.on('SIGWINCH', () => stream._refreshSize());
  } else {
    const SyncWriteStream = require('internal/fs/sync_write_stream');
    stream = new SyncWriteStream(fd, { autoClose: false, socketErrors: type === 'PIPE' || type === 'TCP' });
    stream._type = type === 'FILE' ? 'fs' : 'pipe';
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = stdioDestroy;
  return stream;
}

// stdin on a pipe reads through a pipe handle; it keeps the process alive only while someone
// reads (a 'data' listener or resume()). Terminals and files come with the streams work.
function stdin() {
  let type = guessHandleType(0);
  if (type === 'FILE') {
    const { ReadStream } = require('internal/fs/streams');
    const stream = new ReadStream(null, { fd: 0, autoClose: false });
    stream.fd = 0;
    return stream;
  }
  let stream;
  if (type === 'TTY') {
    const { ReadStream } = require('tty');
    stream = new ReadStream(0);
  } else if (type === 'PIPE' || type === 'TCP') {
    const { PipeSocket } = require('internal/child_process');
    try {
      stream = new PipeSocket(internalBinding('pipe_wrap').open(0), { readable: true, writable: false });
    } catch (err) {
      // Descriptor 0 is the IPC channel to the parent (stdio 'ipc' first), which owns it.
      if (err.code !== 'EEXIST') throw err;
      type = 'IPC channel';
    }
  }
  if (stream !== undefined) {
    stream.fd = 0;
    // A paused stdin stops reading, so it no longer keeps the process alive.
    stream.on('pause', () => process.nextTick(() => {
      if (stream._reading && !stream.readableFlowing) {
        stream._readableState.reading = false;
        stream._stopReading();
      }
    }));
    return stream;
  }
  // Anything else (a closed descriptor, the parent's IPC channel): an input that is already over.
  const Readable = require('internal/streams/readable');
  const empty = new Readable({ read() {} });
  empty.push(null);
  empty.fd = 0;
  return empty;
}

module.exports = {
  stdout: () => createWritableStdioStream(1),
  stderr: () => createWritableStdioStream(2),
  stdin,
};
