'use strict';
// Whatever a server answers, fetch settles: a response (whose body then reads or fails) or a
// TypeError; never a crash, a hang or an exception of another kind.
const net = require('net');
const assert = require('assert');

let seed = 12345;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const randomBytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));

const heads = ['HTTP/1.1 200 OK\r\n', 'HTTP/1.0 404 Nope\r\n', 'HTTP/1.1 999 X\r\n', 'HTTP/2 200\r\n', 'HTTP/1.1 20 OK\r\n',
  'http/1.1 200 OK\r\n', 'HTTP/1.1 200\r\n', '\r\n\r\nHTTP/1.1 200 OK\r\n', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n'];
const fields = ['content-length: 5\r\n', 'content-length: -1\r\n', 'content-length: 99999999999999999999\r\n',
  'transfer-encoding: chunked\r\n', 'transfer-encoding: gzip, chunked\r\n', 'transfer-encoding: identity\r\n',
  'bad header\r\n', ': empty name\r\n', 'x: \x01\r\n', 'connection: close\r\n', ' folded\r\n', 'location: /\r\n',
  `x-long: ${'a'.repeat(20000)}\r\n`];
const bodies = ['hello', '5\r\nhello\r\n0\r\n\r\n', 'zz\r\n', '5\r\nhel', 'ffffffffffffffff\r\n', '0\r\nx-t: 1\r\n\r\n', ''];

function makeReply() {
  switch (Math.floor(random() * 3)) {
    case 0: return randomBytes(1 + Math.floor(random() * 64));
    case 1: {
      let text = pick(heads);
      for (let i = Math.floor(random() * 4); i > 0; i--) text += pick(fields);
      return Buffer.from(`${text}\r\n${pick(bodies)}`, 'latin1');
    }
    default: {
      const text = Buffer.from(`${pick(heads)}${pick(fields)}\r\n${pick(bodies)}`, 'latin1');
      const cut = Math.floor(random() * text.length);
      return Buffer.concat([text.subarray(0, cut), randomBytes(Math.floor(random() * 8))]);
    }
  }
}

const replies = [];
const server = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.once('data', () => {
    const reply = replies.shift();
    // Half the replies arrive in two writes, the other half at once; all end the connection.
    const split = Math.floor(random() * reply.length);
    socket.write(reply.subarray(0, split));
    setImmediate(() => socket.end(reply.subarray(split)));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const outcomes = { response: 0, failed: 0, bodyFailed: 0 };
  for (let i = 0; i < 300; i++) {
    replies.push(makeReply());
    let response;
    try {
      response = await fetch(url, { redirect: 'manual' });
    } catch (error) {
      assert(error instanceof TypeError, `${error}`);
      outcomes.failed++;
      continue;
    }
    outcomes.response++;
    try {
      await response.arrayBuffer();
    } catch (error) {
      assert(error instanceof TypeError, `${error}`);
      outcomes.bodyFailed++;
    }
  }
  assert(outcomes.response > 0 && outcomes.failed > 0, JSON.stringify(outcomes));
  server.close();
});
