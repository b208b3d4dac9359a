'use strict';
// The IPC channel between a parent and a forked child: newline-delimited JSON over a pipe
// (Node's "json" serialization). `send`, `connected`, `disconnect()`, 'message' and
// 'disconnect' events. The channel keeps the process alive only while someone listens for
// 'message' or 'disconnect'.

const { Buffer } = require('buffer');
const { codes: { ERR_IPC_CHANNEL_CLOSED, ERR_MISSING_ARGS, ERR_IPC_DISCONNECTED } } = require('internal/errors');

function setupChannel(target, socket) {
  let buffered = '';
  let refs = 0;
  target.channel = socket;
  target.connected = true;
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line === '') continue;
      const message = JSON.parse(line);
      if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
          message.cmd.startsWith('NODE_')) {
        target.emit('internalMessage', message);
      } else {
        target.emit('message', message);
      }
    }
  });
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
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    socket._writeNow(Buffer.from(`${JSON.stringify(message)}\n`), (err) => {
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
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  const { PipeSocket } = require('internal/child_process');
  const socket = new PipeSocket(internalBinding('pipe_wrap').open(fd), { readable: true, writable: true });
  setupChannel(process, socket);
  socket._startReading();
}

module.exports = { setupChannel, setupChildChannel };
