'use strict';
// TCP over loopback: 256 MB streamed in 64 KiB writes to a server that counts it, and 2000
// connections opened, answered and closed one after another. Prints JSON { case: milliseconds }
// (best of three runs) for compare.sh.
const net = require('net');

const total = 256 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');

function stream() {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      let received = 0;
      socket.on('data', (data) => { received += data.length; });
      socket.on('end', () => {
        if (received !== total) throw new Error(`received ${received} of ${total}`);
        socket.end();
        server.close(resolve);
      });
    }).listen(0, () => {
      const client = net.connect(server.address().port, '127.0.0.1', () => {
        let sent = 0;
        const pump = () => {
          while (sent < total) {
            sent += chunk.length;
            if (!client.write(chunk)) {
              client.once('drain', pump);
              return;
            }
          }
          client.end();
        };
        pump();
      });
      client.resume();
    });
  });
}

function connections() {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.end('ok')).listen(0, () => {
      let left = 2000;
      const next = () => {
        if (left-- === 0) {
          server.close(resolve);
          return;
        }
        const client = net.connect(server.address().port, '127.0.0.1');
        client.resume();
        client.on('close', next);
      };
      next();
    });
  });
}

async function best(fn) {
  let result = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    await fn();
    result = Math.min(result, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return result;
}

(async () => {
  console.log(JSON.stringify({ 'stream 256MB': await best(stream), '2000 connections': await best(connections) }));
})();
