'use strict';
// TCP and local-socket (path) clients and servers: net.Socket is a Duplex over a libuv stream
// handle (tcp_wrap, pipe_wrap), net.Server listens on one. Host names go through dns.lookup.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const Duplex = require('internal/streams/duplex');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { getTimerDuration } = require('internal/timers');
const { track, untrack } = require('internal/active_handles');
const {
  errnoException, exceptionWithHostPort, uvExceptionWithHostPort,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_MISSING_ARGS,
    ERR_INVALID_HANDLE_TYPE, ERR_NOT_IMPLEMENTED, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateInt32, validateNumber, validatePort, validateString,
} = require('internal/validators');

// Must match UV_EOF and UV_ENOTCONN in libuv's uv-errno.h
const UV_EOF = -4095;
const UV_ENOTCONN = -107;
// Must match UV_READABLE and UV_WRITABLE in libuv's uv.h (uv_pipe_chmod)
const UV_READABLE = 1;
const UV_WRITABLE = 2;
const kDefaultBacklog = 511;
// writeBuffer's answer when all was written at once (no callback follows).
// Must match writtenAtOnce in Sources/Bindings/StreamHandle.swift
const kWrittenAtOnce = 1;
const kNormalized = Symbol('normalizedArgs');
const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('bytesRead');
const kBytesWritten = Symbol('bytesWritten');
const kSetNoDelay = Symbol('setNoDelay');
const kSetKeepAlive = Symbol('setKeepAlive');

let tcpWrap;
let pipeWrap;
function createHandle(path) {
  if (path) return (pipeWrap ??= internalBinding('pipe_wrap')).createPipe(false);
  return (tcpWrap ??= internalBinding('tcp_wrap')).createTCP();
}

let dns;
const lazyDns = () => (dns ??= require('dns'));

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }
function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

// The argument forms of connect() and listen(): (options[, cb]), (path[, cb]),
// (port[, host][, cb]) -> [options, cb or null].
function normalizeArgs(args) {
  let normalized;
  if (args.length === 0) {
    normalized = [{}, null];
    normalized[kNormalized] = true;
    return normalized;
  }
  const first = args[0];
  let options = {};
  if (typeof first === 'object' && first !== null) {
    options = first;
  } else if (isPipeName(first)) {
    options.path = first;
  } else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  normalized = [options, typeof cb === 'function' ? cb : null];
  normalized[kNormalized] = true;
  return normalized;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

// net's classes are callable without `new`, as Node's are: functions whose prototype methods are
// written in a class body (SocketMethods, ServerMethods) and moved onto the prototype.
function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    throw new ERR_NOT_IMPLEMENTED('net.Socket over a file descriptor');
  }
  // 'close' comes from the handle's close callback, with whether an error ended the socket.
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[key]) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
  }
  Duplex.call(this, options);
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._server = null;
  this.server = null;
  this._reading = false;
  this[kTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this._keepAliveDelay = Math.max(0, ~~((options.keepAliveInitialDelay ?? 0) / 1000));
  this._pendingBytes = 0;
  this._resetting = false;
  this._staticRead = null;
  if (options.onread !== undefined && options.onread !== null) this._useStaticBuffer(options.onread);
  if (options.handle) {
    this._attach(options.handle);
  }
  this.on('end', onReadableStreamEnd);
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) this.pause();
    else if (!options.manualStart) this.read(0);
  }
}

Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// Once the peer has ended a socket that is not half-open, writing is an EPIPE error.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, callback) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, callback);
  if (typeof encoding === 'function') callback = encoding;
  const error = new Error('This socket has been ended by the other party');
  error.code = 'EPIPE';
  if (typeof callback === 'function') process.nextTick(callback, error);
  this.destroy(error);
  return false;
}

class SocketMethods extends Duplex {
  _attach(handle) {
    this._handle = handle;
    handle.onread = (bytes, status) => this._onread(bytes, status);
    if (typeof handle.isTCP === 'function') track(this, handle.isTCP() ? 'TCPSocketWrap' : 'PipeWrap', handle);
  }

  // --- reading ---

  _read() {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read());
      return;
    }
    if (this._reading || this.destroyed) return;
    this._reading = true;
    const err = this._handle.readStart();
    if (err) {
      this._reading = false;
      this.destroy(errnoException(err, 'read'));
    }
  }

  _stopReading() {
    if (!this._reading || !this._handle) return;
    this._reading = false;
    this._handle.readStop();
  }

  // `onread: { buffer, callback }`: data is copied into the caller's buffer and handed to the
  // callback instead of being pushed; the callback returning false pauses reading.
  _useStaticBuffer(onread) {
    if (typeof onread !== 'object') throw new ERR_INVALID_ARG_TYPE('options.onread', 'Object', onread);
    const { buffer, callback } = onread;
    validateFunction(callback, 'options.onread.callback');
    if (typeof buffer !== 'function' && !ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('options.onread.buffer', ['Uint8Array', 'function'], buffer);
    }
    this._staticRead = { buffer, callback };
  }

  _deliver(bytes) {
    if (this._staticRead === null) {
      if (!this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) this._stopReading();
      return;
    }
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { buffer } = this._staticRead;
      const target = typeof buffer === 'function' ? buffer() : buffer;
      const view = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
      const count = Math.min(view.byteLength, bytes.byteLength - offset);
      view.set(bytes.subarray(offset, offset + count));
      offset += count;
      if (this._staticRead.callback.call(this, count, target) === false) this._stopReading();
    }
  }

  _onread(bytes, status) {
    this._touch();
    if (bytes !== null) {
      this[kBytesRead] += bytes.byteLength;
      this._deliver(bytes);
      return;
    }
    this._stopReading();
    if (status === UV_EOF) {
      this.push(null);
      // Lets 'end' fire when nothing is buffered, even with no 'data' listener.
      this.read(0);
      return;
    }
    this.destroy(errnoException(status, 'read'));
  }

  // --- writing ---

  _writeGeneric(chunks, callback) {
    if (this.connecting) {
      // Counted in bytesWritten while it waits, as in Node.
      const waiting = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      this._pendingBytes += waiting;
      this.once('connect', () => {
        this._pendingBytes -= waiting;
        this._writeGeneric(chunks, callback);
      });
      return;
    }
    if (!this._handle) {
      callback(new ERR_SOCKET_CLOSED());
      return;
    }
    this._touch();
    for (const chunk of chunks) this[kBytesWritten] += chunk.byteLength;
    const onDone = (result) => {
      if (result < 0) {
        callback(errnoException(result, 'write'));
        return;
      }
      this._touch();
      callback(null);
    };
    const status = chunks.length === 1 ? this._handle.writeBuffer(chunks[0], onDone) :
      this._handle.writeBuffers(chunks, onDone);
    if (status === kWrittenAtOnce) callback(null);
    else if (status < 0) callback(errnoException(status, 'write'));
  }

  _write(chunk, encoding, callback) {
    this._writeGeneric([typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk], callback);
  }

  _writev(entries, callback) {
    this._writeGeneric(entries.map(({ chunk, encoding }) =>
      (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk)), callback);
  }

  _final(callback) {
    if (this.connecting) {
      this.once('connect', () => this._final(callback));
      return;
    }
    if (!this._handle) {
      callback();
      return;
    }
    const status = this._handle.shutdown((result) => {
      // The peer may be gone already: the write side is finished either way.
      if (result < 0 && result !== UV_ENOTCONN && !this.destroyed) {
        callback(errnoException(result, 'shutdown'));
        return;
      }
      callback();
    });
    if (status < 0) callback();
  }

  // --- ending ---

  _destroy(err, callback) {
    this._clearTimeout();
    this.connecting = false;
    this._hadError = this._hadError || Boolean(err);
    const handle = this._handle;
    untrack(this);
    if (handle) {
      this._stopReading();
      this._handle = null;
      handle.onread = () => {};
      handle.onclose = () => this.emit('close', this._hadError);
      if (this._resetting) {
        this._resetting = false;
        const status = handle.reset();
        if (status < 0) this.emit('error', errnoException(status, 'reset'));
      } else {
        handle.close();
      }
    } else {
      process.nextTick(() => this.emit('close', this._hadError));
    }
    const server = this._server;
    if (server) {
      this._server = null;
      server._connections--;
      server._emitCloseIfDrained();
    }
    callback(err);
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  // Closes with a TCP reset (RST) instead of an orderly shutdown.
  resetAndDestroy() {
    if (!this._handle) {
      this.destroy(new ERR_SOCKET_CLOSED());
      return this;
    }
    if (!this._handle.isTCP()) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
    return this;
  }

  _reset() {
    this._resetting = true;
    return this.destroy();
  }

  // --- connecting ---

  connect(...args) {
    const [options, cb] = args[0]?.[kNormalized] ? args[0] : normalizeArgs(args);
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this._hadError = false;
      this._undestroy();
    }
    const { path } = options;
    if (options.port === undefined && (path === undefined || path === null)) {
      throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
    }
    if (path !== undefined && path !== null) validateString(path, 'options.path');
    if (!this._handle) {
      // Byte counts are per connection: a socket connected again starts from zero.
      this[kBytesRead] = 0;
      this[kBytesWritten] = 0;
      this._attach(createHandle(path));
    }
    if (cb !== null) this.once('connect', cb);
    this.connecting = true;
    this._touch();
    if (path) connectTo(this, path);
    else lookupAndConnect(this, options);
    return this;
  }

  _afterConnect(status, address, port) {
    if (this.destroyed) return;
    this.connecting = false;
    this._sockname = null;
    if (status < 0) {
      this.destroy(exceptionWithHostPort(status, 'connect', address, port));
      return;
    }
    if (this[kSetNoDelay]) this._handle.setNoDelay(true);
    if (this[kSetKeepAlive]) this._handle.setKeepAlive(true, this._keepAliveDelay);
    this._touch();
    this.emit('connect');
    this.emit('ready');
    if (this._staticRead !== null) this._read();
    else if (!this.isPaused()) this.read(0);
  }

  // --- addresses ---

  _getpeername() {
    if (!this._handle) return this._peername ?? {};
    if (!this._peername) {
      const name = this._handle.getpeername();
      if (typeof name === 'number') return {};
      this._peername = name;
    }
    return this._peername;
  }

  _getsockname() {
    if (!this._handle) return {};
    if (!this._sockname) {
      const name = this._handle.getsockname();
      if (typeof name === 'number') return {};
      this._sockname = name;
    }
    return this._sockname;
  }

  address() { return this._getsockname(); }
  get remoteAddress() { return this._getpeername().address; }
  get remoteFamily() { return this._getpeername().family; }
  get remotePort() { return this._getpeername().port; }
  get localAddress() { return this._getsockname().address; }
  get localPort() { return this._getsockname().port; }
  get localFamily() { return this._getsockname().family; }

  get pending() { return !this._handle || this.connecting; }
  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }
  get bufferSize() { return this._handle ? this.writableLength : undefined; }
  get bytesRead() { return this[kBytesRead]; }
  // What was handed to the handle, and what still waits (in the Writable's buffer or for the
  // connection).
  get bytesWritten() {
    let bytes = this[kBytesWritten] + this._pendingBytes;
    for (const { chunk, encoding } of this.writableBuffer ?? []) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    }
    return bytes;
  }
  get _connecting() { return this.connecting; }

  // --- options ---

  // Both apply at once on a connected socket when they change something, else when it connects.
  setNoDelay(enable = true) {
    const value = Boolean(enable);
    if (!this._handle) {
      this[kSetNoDelay] = value;
      return this;
    }
    if (this._handle.setNoDelay && value !== this[kSetNoDelay]) {
      this[kSetNoDelay] = value;
      this._handle.setNoDelay(value);
    }
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    const value = Boolean(enable);
    const delay = Math.max(0, ~~(initialDelay / 1000));
    if (value === this[kSetKeepAlive] && (!value || delay === this._keepAliveDelay)) return this;
    this[kSetKeepAlive] = value;
    this._keepAliveDelay = delay;
    if (this._handle?.setKeepAlive) this._handle.setKeepAlive(value, delay);
    return this;
  }

  setTimeout(msecs, callback) {
    msecs = getTimerDuration(msecs, 'msecs');
    if (callback !== undefined) validateFunction(callback, 'callback');
    this._clearTimeout();
    this.timeout = msecs;
    if (msecs === 0) {
      if (callback !== undefined) this.removeListener('timeout', callback);
      return this;
    }
    // A destroyed socket is never idle: its timer only runs out if the process outlives it.
    this[kTimeout] = setTimeout(() => {
      if (!this.destroyed) this.emit('timeout');
    }, msecs);
    this[kTimeout].unref();
    if (callback !== undefined) this.once('timeout', callback);
    return this;
  }

  _clearTimeout() {
    if (this[kTimeout] === null) return;
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }

  // Activity postpones the idle timeout.
  _touch() {
    this[kTimeout]?.refresh();
  }

  ref() {
    if (!this._handle) this.once('connect', () => this.ref());
    else this._handle.ref();
    return this;
  }

  unref() {
    if (!this._handle) this.once('connect', () => this.unref());
    else this._handle.unref();
    return this;
  }
}

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

function lookupAndConnect(socket, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  const local = { address: localAddress, port: localPort };
  if (isIP(host)) {
    process.nextTick(() => {
      if (socket.connecting) connectTo(socket, host, port, [], local);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const family = socketToDnsFamily(options.family);
  const lookupOptions = { family, hints: options.hints || 0 };
  if (family !== 4 && family !== 6 && lookupOptions.hints === 0) lookupOptions.hints = lazyDns().ADDRCONFIG;
  if (options.autoSelectFamily != null) validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
  const autoSelectFamily = options.autoSelectFamily ?? autoSelectFamilyDefault;
  if (autoSelectFamily) lookupOptions.all = true;
  const lookup = options.lookup ?? lazyDns().lookup;
  socket._host = host;
  lookup(host, lookupOptions, (err, address, addressType) => {
    // With `all`, the answer is the list; the first address is tried first, the others if it
    // refuses (one at a time).
    const list = Array.isArray(address) ? address : [{ address, family: addressType }];
    const first = list[0] ?? {};
    socket.emit('lookup', err, first.address, first.family, host);
    if (!socket.connecting) return;
    if (err) {
      process.nextTick(() => socket.destroy(err));
      return;
    }
    if (!isIP(first.address)) {
      process.nextTick(() => socket.destroy(new ERR_INVALID_IP_ADDRESS(first.address)));
      return;
    }
    if (first.family !== 4 && first.family !== 6) {
      process.nextTick(() => socket.destroy(new ERR_INVALID_ADDRESS_FAMILY(first.family, options.host, options.port)));
      return;
    }
    connectTo(socket, first.address, port, list.slice(1), local);
  });
}

// Connects to an IP address and port, or a path (port undefined). On refusal the `fallbacks`
// (other addresses of the same name) are tried in turn.
function connectTo(socket, address, port, fallbacks = [], local = {}) {
  const handle = socket._handle;
  let status;
  if (port === undefined) {
    status = handle.connectPath(address, (result) => socket._afterConnect(result, address));
  } else {
    if (local.address || local.port) {
      const bound = handle.bind(local.address || (isIPv6(address) ? '::' : '0.0.0.0'), local.port | 0, false);
      if (bound) {
        socket.destroy(exceptionWithHostPort(bound, 'bind', local.address, local.port));
        return;
      }
    }
    status = handle.connect(address, port, (result) => {
      if (result < 0 && fallbacks.length > 0 && !socket.destroyed) {
        // A failed connect leaves the TCP handle unusable: a new one tries the next address.
        const next = fallbacks[0];
        handle.onclose = () => {};
        handle.close();
        socket._attach(createHandle());
        connectTo(socket, next.address, port, fallbacks.slice(1), local);
        return;
      }
      socket._afterConnect(result, address, port);
    });
  }
  if (status < 0) socket.destroy(exceptionWithHostPort(status, 'connect', address, port));
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) validateNumber(options.timeout, 'options.timeout', 0);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// --- servers ---

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  }
  if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark', 0);
  if (connectionListener !== undefined) this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._pipeName = undefined;
  this._unref = false;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
  this.highWaterMark = options.highWaterMark;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

class ServerMethods extends EventEmitter {
  listen(...args) {
    const [normalizedOptions, cb] = normalizeArgs(args);
    let options = normalizedOptions;
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
    if (cb !== null) this.once('listening', cb);
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    if (options._handle || options.handle || (typeof options.fd === 'number' && options.fd >= 0)) {
      throw new ERR_NOT_IMPLEMENTED('server.listen() on a handle or file descriptor');
    }
    if (args.length === 0 || typeof args[0] === 'function' ||
        (options.port === undefined && 'port' in options) || options.port === null) {
      options = { ...options, port: 0 };
    }
    const backlog = options.backlog || backlogFromArgs || kDefaultBacklog;
    if (options.signal !== undefined) {
      validateAbortSignal(options.signal, 'options.signal');
      if (options.signal.aborted) {
        process.nextTick(() => this.close());
        return this;
      }
      const onAbort = () => this.close();
      options.signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      const port = options.port | 0;
      if (options.host) {
        lazyDns().lookup(options.host, (err, address, family) => {
          if (err) this.emit('error', err);
          else this._listenOn(address, port, family, backlog, options.ipv6Only);
        });
      } else {
        this._listenOn(null, port, 4, backlog, options.ipv6Only);
      }
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      if (options.path[0] === '\0' && (options.readableAll || options.writableAll)) {
        throw new ERR_INVALID_ARG_VALUE('options', options,
          'can not set readableAll or writableAllt to true when path is abstract unix socket');
      }
      this._pipeName = options.path;
      this._listenOn(options.path, -1, -1, backlog);
      const mode = (options.readableAll === true ? UV_READABLE : 0) | (options.writableAll === true ? UV_WRITABLE : 0);
      if (mode !== 0 && this._handle) {
        const status = this._handle.fchmod(mode);
        if (status < 0) {
          this._handle.close();
          this._handle = null;
          throw errnoException(status, 'uv_pipe_chmod');
        }
      }
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
    }
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }

  // Without an address: "::" (dual stack) where IPv6 works, else "0.0.0.0".
  _listenOn(address, port, addressType, backlog, ipv6Only = false) {
    let handle;
    let status;
    if (addressType === -1) {
      handle = createHandle(address);
      status = handle.bindPath(address);
    } else {
      const candidates = address ? [address] : ['::', '0.0.0.0'];
      for (const candidate of candidates) {
        handle = createHandle();
        status = handle.bind(candidate, port, Boolean(ipv6Only));
        address = candidate;
        addressType = isIPv6(candidate) ? 6 : 4;
        if (status === 0 || candidates.length === 1 || candidate !== '::') break;
        handle.close();
      }
    }
    if (status === 0) status = handle.listen(backlog);
    if (status < 0) {
      handle.close();
      const error = uvExceptionWithHostPort(status, 'listen', address, port);
      process.nextTick(() => this.emit('error', error));
      return;
    }
    this._handle = handle;
    track(this, addressType === -1 ? 'PipeServerWrap' : 'TCPServerWrap', handle);
    handle.onconnection = (result, clientHandle) => this._onconnection(result, clientHandle);
    this._connectionKey = `${addressType}:${address}:${port}`;
    if (this._unref) handle.unref();
    process.nextTick(() => {
      if (this._handle) this.emit('listening');
    });
  }

  _onconnection(status, clientHandle) {
    if (status < 0) {
      this.emit('error', errnoException(status, 'accept'));
      return;
    }
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      const local = clientHandle.getsockname();
      const remote = clientHandle.getpeername();
      clientHandle.close();
      this.emit('drop', typeof local === 'number' || typeof remote === 'number' ? {} : {
        localAddress: local.address, localPort: local.port, localFamily: local.family,
        remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
      });
      return;
    }
    if (this.noDelay) clientHandle.setNoDelay(true);
    if (this.keepAlive) clientHandle.setKeepAlive(true, this.keepAliveInitialDelay);
    const socket = new Socket({
      handle: clientHandle,
      allowHalfOpen: this.allowHalfOpen,
      pauseOnCreate: this.pauseOnConnect,
      readable: true,
      writable: true,
      highWaterMark: this.highWaterMark,
      noDelay: this.noDelay,
      keepAlive: this.keepAlive,
      keepAliveInitialDelay: this.keepAliveInitialDelay * 1000,
    });
    this._connections++;
    socket.server = this;
    socket._server = this;
    this.emit('connection', socket);
  }

  address() {
    if (this._handle) {
      const name = this._handle.getsockname();
      if (typeof name === 'number') throw errnoException(name, 'address');
      return name;
    }
    return this._pipeName ?? null;
  }

  get listening() { return Boolean(this._handle && this._connectionKey); }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) this.once('close', () => cb(new ERR_SERVER_NOT_RUNNING()));
      else this.once('close', cb);
    }
    if (this._handle) {
      untrack(this);
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(() => this.emit('close'));
  }

  getConnections(cb) {
    validateFunction(cb, 'callback');
    process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    this._handle?.ref();
    return this;
  }

  unref() {
    this._unref = true;
    this._handle?.unref();
    return this;
  }
}

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

// A rejected async 'connection' listener destroys that connection; others are server errors.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, socket) {
  if (event === 'connection') socket.destroy(err);
  else this.emit('error', err);
};

function moveMethods(from, to) {
  for (const key of Reflect.ownKeys(from.prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(to.prototype, key, Object.getOwnPropertyDescriptor(from.prototype, key));
  }
}
moveMethods(SocketMethods, Socket);
moveMethods(ServerMethods, Server);

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// Only Windows has simultaneous accepts: elsewhere this does nothing but warn, as in Node.
const _setSimultaneousAccepts = require('internal/util').deprecate(function _setSimultaneousAccepts() {},
  'net._setSimultaneousAccepts() is deprecated and will be removed.', 'DEP0121');

let blocklist;
const lazyBlocklist = () => (blocklist ??= require('internal/blocklist'));

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
  getDefaultAutoSelectFamily: () => autoSelectFamilyDefault,
  setDefaultAutoSelectFamily: (value) => {
    validateBoolean(value, 'value');
    autoSelectFamilyDefault = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeoutDefault,
  setDefaultAutoSelectFamilyAttemptTimeout: (value) => {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeoutDefault = Math.max(value, 10);
  },
};
for (const name of ['BlockList', 'SocketAddress']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: true, enumerable: true, get: () => lazyBlocklist()[name],
  });
}
