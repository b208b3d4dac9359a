'use strict';
// The IPC channel between a parent and a forked child over a pipe, in Node's two serializations:
// "json", newline-delimited JSON, and "advanced", each message a 4-byte big-endian length and
// the message in the v8 module's format (typed arrays, Buffers, Maps, BigInts, cycles and
// errors survive). `send`, `connected`, `disconnect()`, 'message' and 'disconnect' events. The
// channel keeps the process alive only while someone listens for 'message' or 'disconnect'.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

// Turns the bytes that arrive into messages, and messages into the bytes to send.
function jsonCodec(socket, onMessage) {
  let buffered = '';
  socket.setEncoding('utf8');
  return {
    receive(chunk) {
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (line !== '') onMessage(JSON.parse(line));
      }
    },
    encode: (message) => Buffer.from(`${JSON.stringify(message)}\n`),
  };
}

// The channel's host objects (typed arrays and Buffers) start with a kind, 0 for a view, ahead
// of the v8 module's default form, as Node writes them.
let channelClasses;
function getChannelClasses() {
  if (channelClasses !== undefined) return channelClasses;
  const { DefaultSerializer, DefaultDeserializer } = require('v8');
  class ChannelSerializer extends DefaultSerializer {
    _writeHostObject(view) {
      this.writeUint32(0);
      super._writeHostObject(view);
    }
  }
  class ChannelDeserializer extends DefaultDeserializer {
    _readHostObject() {
      if (this.readUint32() !== 0) throw require('internal/serdes').malformed();
      return super._readHostObject();
    }
  }
  channelClasses = { ChannelSerializer, ChannelDeserializer };
  return channelClasses;
}

function advancedCodec(socket, onMessage) {
  const { ChannelSerializer, ChannelDeserializer } = getChannelClasses();
  let buffered = Buffer.alloc(0);
  return {
    receive(chunk) {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      while (buffered.length >= 4) {
        const size = buffered.readUInt32BE(0);
        if (buffered.length < 4 + size) break;
        const deserializer = new ChannelDeserializer(buffered.subarray(4, 4 + size));
        deserializer.readHeader();
        const message = deserializer.readValue();
        buffered = buffered.subarray(4 + size);
        onMessage(message);
      }
    },
    encode(message) {
      const serializer = new ChannelSerializer();
      serializer.writeHeader();
      serializer.writeValue(message);
      const payload = serializer.releaseBuffer();
      const framed = Buffer.allocUnsafe(4 + payload.length);
      framed.writeUInt32BE(payload.length, 0);
      payload.copy(framed, 4);
      return framed;
    },
  };
}

function setupChannel(target, socket, serialization = 'json') {
  let refs = 0;
  target.channel = socket;
  const { deprecate } = require('internal/util');
  const deprecation = '_channel is deprecated. Use ChildProcess.channel instead.';
  Object.defineProperty(target, '_channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: deprecate(() => target.channel, deprecation, 'DEP0129'),
    set: deprecate((value) => { target.channel = value; }, deprecation, 'DEP0129'),
  });
  target.connected = true;
  const onMessage = (message) => {
    if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
        message.cmd.startsWith('NODE_')) {
      target.emit('internalMessage', message);
    } else {
      target.emit('message', message);
    }
  };
  const codec = (serialization === 'advanced' ? advancedCodec : jsonCodec)(socket, onMessage);
  socket.on('data', (chunk) => codec.receive(chunk));
  const disconnected = () => {
    if (!target.connected) return;
    target.connected = false;
    target.channel = null;
    process.nextTick(() => target.emit('disconnect'));
  };
  socket.on('end', disconnected);
  socket.on('close', disconnected);
  socket.on('error', () => {});

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      require('internal/validators').validateObject(options, 'options');
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (handle !== undefined && handle !== null) throw new ERR_NOT_IMPLEMENTED('sending a handle over IPC');
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    socket._writeNow(codec.encode(message), (err) => {
      if (typeof callback === 'function') callback(err ?? null);
    });
    return true;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    socket.destroy();
    disconnected();
  };

  // Listening for messages keeps the channel (and so the process) alive.
  const counted = (name) => name === 'message' || name === 'disconnect';
  socket.unref();
  target.on('newListener', (name) => {
    if (counted(name) && refs++ === 0) socket.ref();
  });
  target.on('removeListener', (name) => {
    if (counted(name) && --refs === 0) socket.unref();
  });
}

// A forked child: NODE_CHANNEL_FD names the descriptor of the channel to the parent.
function setupChildChannel() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  if (!(fd >= 0)) return;
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE === 'advanced' ? 'advanced' : 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  const { PipeSocket } = require('internal/child_process');
  const socket = new PipeSocket(internalBinding('pipe_wrap').open(fd), { readable: true, writable: true });
  setupChannel(process, socket, serialization);
  socket._startReading();
}

module.exports = { setupChannel, setupChildChannel };
