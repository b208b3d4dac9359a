'use strict';
// ChildProcess over internalBinding('process_wrap'), and the pipe sockets of its stdio: Duplex
// streams over libuv pipes, the part of net.Socket that child stdio and IPC channels need.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const Duplex = require('internal/streams/duplex');
const { errnoException, codes: { ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
const { getSystemErrorName } = require('internal/util');
const { signals } = internalBinding('constants').os;

const UV_EOF = -4095;
const UV_ENOTCONN = -107;
// writeBuffer's answer when all was written at once (no callback follows).
// Must match writtenAtOnce in Sources/Bindings/StreamHandle.swift
const kWrittenAtOnce = 1;

// Running children and reading pipes: what process._getActiveHandles() reports.
const activeHandles = new Set();

// A Duplex over a libuv pipe handle. Lifetime: the handle is closed by _destroy; 'close'
// (with hadError, as sockets report it) follows libuv's close callback.
class PipeSocket extends Duplex {
  constructor(handle, { readable, writable }) {
    super({ readable, writable, allowHalfOpen: false, emitClose: false, decodeStrings: false });
    this._handle = handle;
    this._reading = false;
    this._hadError = false;
    this.bytesWritten = 0;
    handle.onread = (bytes, status) => this._onread(bytes, status);
    handle.onclose = () => this.emit('close', this._hadError);
  }

  _read() {
    if (this._reading || this.destroyed) return;
    this._reading = true;
    activeHandles.add(this);
    const err = this._handle.readStart();
    if (err) {
      this._reading = false;
      activeHandles.delete(this);
      this.destroy(errnoException(err, 'read'));
    }
  }

  _stopReading() {
    if (!this._reading) return;
    this._reading = false;
    activeHandles.delete(this);
    this._handle.readStop();
  }

  // Starts the flow of data for consumers that only listen for 'data'.
  _startReading() {
    this.resume();
  }

  _onread(bytes, status) {
    if (bytes !== null) {
      if (!this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) this._stopReading();
      return;
    }
    this._stopReading();
    if (status === UV_EOF) {
      this.push(null);
      // Lets 'end' fire when nothing is buffered, even with no 'data' listener.
      this.read(0);
    } else this.destroy(errnoException(status, 'read'));
  }

  _write(chunk, encoding, callback) {
    this._writeNow(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk, callback);
  }

  // Hands bytes to libuv at once, past the Writable's queue: IPC messages sent just before a
  // disconnect must not wait in a buffer that the disconnect discards.
  _writeNow(chunk, callback) {
    const status = this._handle.writeBuffer(chunk, (result) => {
      this.bytesWritten += chunk.byteLength;
      callback(result < 0 ? errnoException(result, 'write') : null);
    });
    if (status === kWrittenAtOnce) {
      this.bytesWritten += chunk.byteLength;
      callback(null);
    } else if (status < 0) {
      callback(errnoException(status, 'write'));
    }
  }

  _final(callback) {
    const status = this._handle.shutdown((result) => {
      callback(result < 0 && result !== UV_ENOTCONN ? errnoException(result, 'shutdown') : null);
    });
    if (status < 0) callback();
  }

  _destroy(err, callback) {
    this._hadError = !!err;
    this._stopReading();
    activeHandles.delete(this);
    this._handle.close();
    callback(err);
  }

  ref() { this._handle.ref(); return this; }
  unref() { this._handle.unref(); return this; }
}

const signalNames = new Map();
for (const [name, number] of Object.entries(signals)) signalNames.set(number, name);

// A signal as its number, as Node takes it (kill(), killSignal): a name in any case or a number
// the system has; undefined and null are SIGTERM; anything else is ERR_UNKNOWN_SIGNAL.
function signalNumber(signal) {
  if (signal === undefined || signal === null) return signals.SIGTERM;
  if (typeof signal === 'number' && signalNames.has(signal)) return signal;
  if (typeof signal === 'string' && Object.hasOwn(signals, signal.toUpperCase())) return signals[signal.toUpperCase()];
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function signalName(number) {
  return signalNames.get(number) ?? null;
}

// Every new ChildProcess is published on the 'child_process' diagnostics channel.
let childProcessChannel;

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
    childProcessChannel ??= require('diagnostics_channel').channel('child_process');
    if (childProcessChannel.hasSubscribers) childProcessChannel.publish({ process: this });
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
        require('internal/child_process/ipc').setupChannel(this, channel, options.serialization);
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
    // Child output is read as soon as the child runs, up to the stream's high-water mark.
    for (const socket of [this.stdout, this.stderr]) socket?.read(0);
    // A stream handed to this child as stdio is the child's to read now: this process stops
    // reading it (nothing was read yet: reads happen on a later loop turn) and leaves it alone.
    for (const entry of options.stdio) {
      if (entry?.type !== 'wrap' || entry.stream === undefined) continue;
      const shared = entry.stream;
      shared._stopReading?.();
      shared.pause();
      shared._readableState.flowing = false;
      shared._readableState.reading = false;
      shared._usedByChild = true;
    }
    process.nextTick(() => this.emit('spawn'));
    return 0;
  }

  _onSpawnError(err) {
    this._closesNeeded = 1;
    this.emit('error', err);
    this._maybeClose();
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalName(signalCode);
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
    process.nextTick(() => this._flushStdio());
    process.nextTick(() => this._maybeClose());
  }

  // Output nobody consumes is drained once the child has exited, so its pipes can close.
  _flushStdio() {
    for (const stream of this.stdio) {
      if (!stream || !stream.readable || stream._usedByChild || stream._readableState.readableListening) continue;
      stream.resume();
    }
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

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  get [Symbol.toStringTag]() { return 'ChildProcess'; }
}

module.exports = { ChildProcess, PipeSocket, activeHandles, signalName, signalNumber };
