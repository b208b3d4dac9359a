'use strict';
// UDP sockets over libuv (udp_wrap): dgram.Socket binds (implicitly on a first send), sends and
// receives datagrams, connects to one peer, and sets the socket's broadcast, TTL, multicast and
// buffer options. Host names go through dns.lookup in the socket's family.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { track, untrack } = require('internal/active_handles');
const {
  SystemError, errnoException, exceptionWithHostPort,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED, ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BAD_TYPE, ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validatePort, validateString,
} = require('internal/validators');

const kUnbound = 0;
const kBinding = 1;
const kBound = 2;
const kDisconnected = 0;
const kConnecting = 1;
const kConnected = 2;
const kState = Symbol('state');

let udpWrap;
let lazyLookup;

function Socket(type, listener) {
  if (!(this instanceof Socket)) return new Socket(type, listener);
  EventEmitter.call(this);
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
  }
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  let lookup = options?.lookup;
  if (lookup !== undefined) validateFunction(lookup, 'lookup');
  udpWrap ??= internalBinding('udp_wrap');
  const handle = udpWrap.createUDP();
  const family = type === 'udp4' ? 4 : 6;
  const fallback = type === 'udp4' ? '127.0.0.1' : '::1';
  lookup ??= (lazyLookup ??= require('dns').lookup);
  handle.lookup = (address, callback) => lookup(address || fallback, family, callback);
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kState] = {
    handle,
    bindState: kUnbound,
    connectState: kDisconnected,
    queue: undefined,
    reuseAddr: Boolean(options?.reuseAddr),
    ipv6Only: Boolean(options?.ipv6Only),
    receiving: false,
    recvBufferSize: options?.recvBufferSize,
    sendBufferSize: options?.sendBufferSize,
  };
  if (options?.signal !== undefined) {
    validateAbortSignal(options.signal, 'options.signal');
    const onAborted = () => {
      if (this[kState].handle) this.close();
    };
    if (options.signal.aborted) onAborted();
    else {
      options.signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => options.signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function running(socket) {
  const state = socket[kState];
  if (!state.handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
  return state;
}

// Work that waits for the implicit bind of a first send or connect: run once listening, dropped
// if binding fails.
function whenBound(socket, work) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    // Watching with errorMonitor: a failed bind still reaches the program as an error (an
    // 'error' listener here would swallow it).
    const onListening = () => {
      socket.removeListener(EventEmitter.errorMonitor, onError);
      const queue = state.queue;
      state.queue = undefined;
      for (const task of queue) task();
    };
    const onError = () => {
      socket.removeListener('listening', onListening);
      state.queue = undefined;
    };
    socket.once('listening', onListening);
    socket.once(EventEmitter.errorMonitor, onError);
  }
  state.queue.push(work);
}

Socket.prototype.bind = function bind(port, address /* , callback */) {
  const state = running(this);
  if (state.bindState !== kUnbound) throw new ERR_SOCKET_ALREADY_BOUND();
  if (port !== null && typeof port === 'object' && typeof port.fd === 'number' && port.fd > 0) {
    throw new ERR_NOT_IMPLEMENTED('dgram socket.bind() on a descriptor');
  }
  state.bindState = kBinding;
  const callback = arguments[arguments.length - 1];
  if (typeof callback === 'function') {
    const onError = () => this.removeListener('listening', onListening);
    const onListening = () => {
      this.removeListener('error', onError);
      callback.call(this);
    };
    this.once('error', onError);
    this.once('listening', onListening);
  }
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else if (typeof address === 'function') {
    address = '';
  }
  if (typeof port === 'function') port = 0;
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;
    if (err) {
      state.bindState = kUnbound;
      this.emit('error', err);
      return;
    }
    const flags = (state.reuseAddr ? udpWrap.UV_UDP_REUSEADDR : 0) | (state.ipv6Only ? udpWrap.UV_UDP_IPV6ONLY : 0);
    const status = state.handle.bind(ip, port | 0, flags);
    if (status < 0) {
      state.bindState = kUnbound;
      this.emit('error', exceptionWithHostPort(status, 'bind', ip, port | 0));
      return;
    }
    state.handle.onmessage = (nread, bytes, from, family, fromPort) => {
      onMessage(this, nread, bytes, from, family, fromPort);
    };
    state.handle.recvStart();
    state.receiving = true;
    state.bindState = kBound;
    track(this, 'UDPWrap', state.handle);
    if (state.recvBufferSize) bufferSize(this, state.recvBufferSize, true);
    if (state.sendBufferSize) bufferSize(this, state.sendBufferSize, false);
    this.emit('listening');
  });
  return this;
};

function onMessage(socket, nread, bytes, address, family, port) {
  if (nread < 0) {
    socket.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  const message = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  socket.emit('message', message, { address, family, port, size: message.length });
}

function viewOf(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function chunksOf(buffer) {
  const list = Array.isArray(buffer) ? buffer : [buffer];
  return list.map((chunk) => {
    if (typeof chunk === 'string') return Buffer.from(chunk);
    if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw new ERR_INVALID_ARG_TYPE(Array.isArray(buffer) ? 'buffer list arguments' : 'buffer',
      ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  });
}

// send(msg[, offset, length][, port][, address][, callback]); a connected socket takes neither
// port nor address.
Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  const state = this[kState];
  const connected = state.connectState === kConnected;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = viewOf(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = viewOf(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = undefined;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }
  const chunks = chunksOf(buffer);
  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address !== undefined && address !== null) {
    validateString(address, 'address');
  }
  running(this);
  if (state.bindState === kUnbound) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== kBound) {
    whenBound(this, () => this.send(chunks, port, address, callback));
    return;
  }
  const data = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  const deliver = (err, ip) => {
    if (!state.handle) return;
    if (err) {
      if (callback) process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return;
    }
    const status = state.handle.send(data, connected ? undefined : ip, port, (result) => {
      if (!callback) return;
      if (result < 0) callback(exceptionWithHostPort(result, 'send', address, port));
      else callback(null, data.length);
    });
    // As in Node, a send that fails without a callback to tell is not an 'error' event.
    if (status < 0 && callback) process.nextTick(callback, exceptionWithHostPort(status, 'send', address, port));
  };
  if (connected) deliver(null);
  else state.handle.lookup(address, deliver);
};

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = running(this);
  if (state.connectState !== kDisconnected) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = kConnecting;
  if (state.bindState === kUnbound) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== kBound) {
    whenBound(this, () => connectTo(this, port, address, callback));
    return;
  }
  connectTo(this, port, address, callback);
};

function connectTo(socket, port, address, callback) {
  const state = socket[kState];
  if (typeof callback === 'function') socket.once('connect', callback);
  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;
    const status = err ? 0 : state.handle.connect(ip, port);
    const error = err ?? (status < 0 ? exceptionWithHostPort(status, 'connect', address, port) : null);
    if (error) {
      state.connectState = kDisconnected;
      process.nextTick(() => {
        if (typeof callback === 'function') {
          socket.removeListener('connect', callback);
          callback(error);
        } else {
          socket.emit('error', error);
        }
      });
      return;
    }
    state.connectState = kConnected;
    process.nextTick(() => socket.emit('connect'));
  });
}

Socket.prototype.disconnect = function disconnect() {
  const state = running(this);
  if (state.connectState !== kConnected) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const status = state.handle.disconnect();
  if (status < 0) throw errnoException(status, 'connect');
  state.connectState = kDisconnected;
};

Socket.prototype.close = function close(callback) {
  const state = running(this);
  if (typeof callback === 'function') this.once('close', callback);
  if (state.queue !== undefined) {
    // Closed while the implicit bind is under way: closes once it is done.
    state.queue.push(() => this.close());
    return this;
  }
  state.handle.recvStop();
  state.receiving = false;
  untrack(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype.address = function address() {
  const name = running(this).handle.getsockname();
  if (typeof name === 'number') throw errnoException(name, 'getsockname');
  return name;
};

Socket.prototype.remoteAddress = function remoteAddress() {
  const state = running(this);
  if (state.connectState !== kConnected) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const name = state.handle.getpeername();
  if (typeof name === 'number') throw errnoException(name, 'getpeername');
  return name;
};

function check(status, syscall) {
  if (status < 0) throw errnoException(status, syscall);
}

Socket.prototype.setBroadcast = function setBroadcast(flag) {
  check(running(this).handle.setBroadcast(flag), 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  check(running(this).handle.setTTL(ttl), 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  check(running(this).handle.setMulticastTTL(ttl), 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(flag) {
  check(running(this).handle.setMulticastLoopback(flag), 'setMulticastLoopback');
  return flag;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  const state = running(this);
  validateString(interfaceAddress, 'interfaceAddress');
  check(state.handle.setMulticastInterface(interfaceAddress), 'setMulticastInterface');
};

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  const state = running(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  check(state.handle.addMembership(multicastAddress, interfaceAddress), 'addMembership');
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  const state = running(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  check(state.handle.dropMembership(multicastAddress, interfaceAddress), 'dropMembership');
};

for (const [name, method] of [['addSourceSpecificMembership', 'addSourceSpecificMembership'],
  ['dropSourceSpecificMembership', 'dropSourceSpecificMembership']]) {
  Socket.prototype[name] = {
    [name](sourceAddress, groupAddress, interfaceAddress) {
      const state = running(this);
      validateString(sourceAddress, 'sourceAddress');
      validateString(groupAddress, 'groupAddress');
      check(state.handle[method](sourceAddress, groupAddress, interfaceAddress), name);
    },
  }[name];
}

// Sets (size > 0) or reads (size 0) a socket buffer size; failures are SystemErrors.
function bufferSize(socket, size, receive) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const result = running(socket).handle.bufferSize(size, receive);
  if (result < 0) {
    const uv = internalBinding('uv');
    const syscall = receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
    throw new SystemError({ errno: result, code: uv.errname(result), message: uv.strerror(result), syscall },
      'ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size');
  }
  return result;
}

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) { bufferSize(this, size, true); };
Socket.prototype.setSendBufferSize = function setSendBufferSize(size) { bufferSize(this, size, false); };
Socket.prototype.getRecvBufferSize = function getRecvBufferSize() { return bufferSize(this, 0, true); };
Socket.prototype.getSendBufferSize = function getSendBufferSize() { return bufferSize(this, 0, false); };
Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return this[kState].handle?.getSendQueueSize() ?? 0;
};
Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return this[kState].handle?.getSendQueueCount() ?? 0;
};

Socket.prototype.ref = function ref() {
  this[kState].handle?.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  this[kState].handle?.unref();
  return this;
};

// The legacy form of send() (DEP0108 in Node's docs, still working).
Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

Socket.prototype[Symbol.asyncDispose] = function() {
  if (!this[kState].handle) return Promise.resolve();
  return new Promise((resolve) => this.close(resolve));
};

// The state Node once kept on the socket itself, still reachable with DEP0112 warnings.
{
  const { deprecate } = require('internal/util');
  const fields = { _handle: 'handle', _receiving: 'receiving', _bindState: 'bindState', _queue: 'queue',
    _reuseAddr: 'reuseAddr' };
  for (const [property, field] of Object.entries(fields)) {
    const message = `Socket.prototype.${property} is deprecated`;
    Object.defineProperty(Socket.prototype, property, {
      __proto__: null,
      configurable: true,
      get: deprecate(function() { return this[kState][field]; }, message, 'DEP0112'),
      set: deprecate(function(value) { this[kState][field] = value; }, message, 'DEP0112'),
    });
  }
  Socket.prototype._healthCheck = deprecate(function() { running(this); },
    'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
  Socket.prototype._stopReceiving = deprecate(function() {
    const state = this[kState];
    if (!state.receiving) return;
    state.handle.recvStop();
    state.receiving = false;
  }, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');
}

module.exports = { createSocket, Socket };
