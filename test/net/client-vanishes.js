'use strict';
// A server survives clients that go away mid-stream: one resets its connection (RST) while
// sending, one is destroyed before it finishes; the server sees each connection end, keeps no
// handle of them, and still answers a well-behaved client afterwards.
const assert = require('assert');
const net = require('net');

const seen = [];
const server = net.createServer((socket) => {
  const entry = { bytes: 0, error: null, closed: false };
  seen.push(entry);
  socket.on('data', (data) => {
    entry.bytes += data.length;
    if (data.includes('ping')) socket.end('pong');
  });
  socket.on('error', (err) => { entry.error = err.code; });
  socket.on('close', () => {
    entry.closed = true;
    next();
  });
});

const clients = [
  (port) => {
    const client = net.connect(port, '127.0.0.1', () => {
      client.write(Buffer.alloc(256 * 1024));
      client.resetAndDestroy();
    });
  },
  (port) => {
    const client = net.connect(port, '127.0.0.1', () => {
      client.write(Buffer.alloc(1024), () => client.destroy());
    });
  },
  (port) => {
    const client = net.connect(port, '127.0.0.1', () => client.write('ping'));
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (data) => { reply += data; });
    client.on('end', () => {
      assert.strictEqual(reply, 'pong');
      client.end();
    });
  },
];

function next() {
  const start = clients.shift();
  if (start === undefined) {
    server.close();
    return;
  }
  start(server.address().port);
}

server.listen(0, next);
process.on('exit', () => {
  assert.strictEqual(seen.length, 3);
  assert.ok(seen.every((entry) => entry.closed));
  // The reset connection ends in ECONNRESET (or, if the reset came before any data was read,
  // an orderly-looking close); the others end cleanly.
  assert.ok(seen[0].error === null || seen[0].error === 'ECONNRESET', seen[0].error);
  assert.strictEqual(seen[2].error, null);
  assert.deepStrictEqual(process._getActiveHandles().filter((handle) => handle instanceof net.Socket), []);
});
