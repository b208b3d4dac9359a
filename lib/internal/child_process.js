'use strict';
// ChildProcess over internalBinding('process_wrap'), and the pipe sockets of its stdio.
// The pipe sockets implement the part of net.Socket that child stdio uses (data/end/close
// events, setEncoding, pause/resume, pipe, write/end/destroy); they become real net.Sockets
// when streams and net arrive.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const { errnoException, codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
const { getSystemErrorName } = require('internal/util');
const { signals } = internalBinding('constants').os;

const UV_EOF = -4095;

// Running children and reading pipes: what process._getActiveHandles() reports.
const activeHandles = new Set();

class PipeSocket extends EventEmitter {
  constructor(handle, { readable, writable }) {
    super();
    this._handle = handle;
    this.readable = readable;
    this.writable = writable;
    this.destroyed = false;
    this.readableEnded = false;
    this.writableEnded = false;
    this._decoder = null;
    this._paused = false;
    this._reading = false;
    this._pendingWrites = 0;
    this._closeWhenWritesDone = false;
    this.bytesWritten = 0;
    handle.onread = (bytes, status) => this._onread(bytes, status);
    handle.onclose = () => this.emit('close', false);
    if (readable) {
      // Like a stream, the socket starts reading when someone listens for data.
      this.on('newListener', (event) => {
        if ((event === 'data' || event === 'readable') && !this._paused) this._startReading();
      });
    }
  }

  _startReading() {
    if (this._reading || this.destroyed) return;
    this._reading = true;
    activeHandles.add(this);
    this._handle.readStart();
  }

  _onread(bytes, status) {
    if (bytes !== null) {
      const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.emit('data', this._decoder ? this._decoder.write(chunk) : chunk);
      return;
    }
    if (status === UV_EOF) {
      if (this._decoder) {
        const rest = this._decoder.end();
        if (rest) this.emit('data', rest);
      }
      this.readableEnded = true;
      this.readable = false;
      this.emit('end');
    } else {
      this.emit('error', errnoException(status, 'read'));
    }
    this.destroy();
  }

  setEncoding(encoding = 'utf8') {
    this._decoder = new StringDecoder(encoding);
    return this;
  }

  pause() {
    this._paused = true;
    if (this._reading) {
      this._handle.readStop();
      this._reading = false;
    }
    return this;
  }

  resume() {
    this._paused = false;
    this._startReading();
    return this;
  }

  isPaused() { return this._paused; }

  pipe(destination, options) {
    this.on('data', (chunk) => destination.write(chunk));
    if (options?.end !== false) this.on('end', () => destination.end?.());
    return destination;
  }

  read() { return null; }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    else if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (this.destroyed || this.writableEnded) {
      const err = new Error('write after end');
      err.code = 'ERR_STREAM_WRITE_AFTER_END';
      process.nextTick(() => {
        if (callback) callback(err);
        this.emit('error', err);
      });
      return false;
    }
    this._pendingWrites++;
    const status = this._handle.writeBuffer(chunk, (result) => {
      this._pendingWrites--;
      this.bytesWritten += chunk.byteLength;
      const err = result < 0 ? errnoException(result, 'write') : null;
      if (callback) callback(err);
      if (err) this.emit('error', err);
      if (this._pendingWrites === 0) {
        this.emit('drain');
        if (this._closeWhenWritesDone) this._shutdown();
      }
    });
    if (status < 0) {
      this._pendingWrites--;
      const err = errnoException(status, 'write');
      process.nextTick(() => {
        if (callback) callback(err);
        this.emit('error', err);
      });
    }
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (this.writableEnded) return this;
    this.writableEnded = true;
    if (callback) this.once('finish', callback);
    if (this._pendingWrites === 0) this._shutdown();
    else this._closeWhenWritesDone = true;
    return this;
  }

  _shutdown() {
    if (this.destroyed) return;
    this._handle.shutdown(() => {
      this.emit('finish');
      if (!this.readable || this.readableEnded) this.destroy();
    });
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.readable = false;
    this.writable = false;
    activeHandles.delete(this);
    if (error) process.nextTick(() => this.emit('error', error));
    this._handle.close();
    return this;
  }

  ref() { this._handle.ref(); return this; }
  unref() { this._handle.unref(); return this; }
}

function signalNumber(signal) {
  if (signal === undefined || signal === null) return signals.SIGTERM;
  if (typeof signal === 'number') return signal;
  const number = signals[signal];
  if (number === undefined) throw new ERR_UNKNOWN_SIGNAL(signal);
  return number;
}

const signalNames = new Map(Object.entries(signals).map(([name, number]) => [number, name]));

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [];
  }

  spawn(options) {
    const result = internalBinding('process_wrap').spawn({
      ...options,
      onexit: (exitCode, signalCode) => this._onexit(exitCode, signalCode),
    });
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    if (result.err < 0) {
      const err = errnoException(result.err, `spawn ${this.spawnfile}`);
      err.path = this.spawnfile;
      err.spawnargs = options.args.slice(1);
      if (getSystemErrorName(result.err) === 'EMFILE' || getSystemErrorName(result.err) === 'ENFILE') throw err;
      process.nextTick(() => this._onSpawnError(err));
      return result.err;
    }
    this._handle = result.handle;
    this.pid = result.pid;
    activeHandles.add(this);
    const stdio = result.pipes.map((pipe, index) => {
      if (pipe === null) return null;
      if (options.stdio[index]?.ipc) {
        // The IPC channel is not a stdio stream: it is `child.channel`, and stdio[index] is null.
        const channel = new PipeSocket(pipe, { readable: true, writable: true });
        require('internal/child_process/ipc').setupChannel(this, channel);
        channel._startReading();
        return null;
      }
      const socket = new PipeSocket(pipe, { readable: index !== 0, writable: index === 0 });
      if (index !== 0) {
        this._closesNeeded++;
        socket.on('close', () => this._maybeClose());
      }
      return socket;
    });
    this.stdio = stdio;
    this.stdin = stdio[0] ?? null;
    this.stdout = stdio[1] ?? null;
    this.stderr = stdio[2] ?? null;
    // Output nobody listens to still has to be drained, or the child may block on a full pipe.
    process.nextTick(() => {
      for (const socket of [this.stdout, this.stderr]) {
        if (socket && !socket._reading && !socket._paused) socket._startReading();
      }
      this.emit('spawn');
    });
    return 0;
  }

  _onSpawnError(err) {
    this._closesNeeded = 1;
    this.emit('error', err);
    this._maybeClose();
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalNames.get(signalCode) ?? null;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this.connected) this.disconnect();
    this._handle = null;
    activeHandles.delete(this);
    if (exitCode < 0) {
      const err = errnoException(exitCode, `spawn ${this.spawnfile}`);
      err.path = this.spawnfile;
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(() => this._maybeClose());
  }

  _maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }

  kill(sig) {
    const signal = signalNumber(sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      const name = getSystemErrorName(err);
      if (name !== 'ESRCH') this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  ref() { this._handle?.ref(); }
  unref() { this._handle?.unref(); }

  get [Symbol.toStringTag]() { return 'ChildProcess'; }
}

module.exports = { ChildProcess, PipeSocket, activeHandles };
