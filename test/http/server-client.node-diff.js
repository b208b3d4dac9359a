'use strict';
// An http server and client talking: bodies both ways, header rules, framing, keep-alive
// reuse, pipelining and malformed requests from a raw socket.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const summary = `${req.method} ${req.url} v${req.httpVersion} body=${JSON.stringify(body)}`;
    switch (req.url) {
      case '/chunked':
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.setHeader('X-List', ['1', '2']);
        res.write('first,');
        res.end('second');
        break;
      case '/head-info':
        res.writeHead(201, 'Made', { 'Content-Type': 'text/plain', 'X-Echo': req.headers['x-echo'] ?? '-' });
        res.end(summary);
        break;
      case '/empty':
        res.statusCode = 204;
        res.end();
        break;
      default:
        res.end(summary);
    }
  });
});

function get(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', ...options }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => resolve({ res, data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function raw(text) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.end(text));
    let data = '';
    socket.on('data', (chunk) => { data += chunk; });
    socket.on('close', () => resolve(data.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

server.listen(0, '127.0.0.1', async () => {
  let { res, data } = await get({ path: '/plain' });
  console.log(res.statusCode, res.statusMessage, res.headers['content-length'], res.headers.connection, data);
  ({ res, data } = await get({ path: '/chunked' }));
  console.log(res.headers['transfer-encoding'], res.headers['set-cookie'], res.headers['x-list'], data);
  ({ res, data } = await get({ path: '/head-info', method: 'POST', headers: { 'X-Echo': 'hi' } }, 'payload'));
  console.log(res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['x-echo'], data);
  ({ res, data } = await get({ path: '/head-info', method: 'HEAD' }));
  console.log(res.statusCode, res.headers['content-length'], JSON.stringify(data));
  ({ res, data } = await get({ path: '/empty' }));
  console.log(res.statusCode, JSON.stringify(data), res.headers['content-length']);

  // Two requests in one write answer in order; a malformed one gets 400 and the close.
  console.log(JSON.stringify(await raw('GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  console.log(JSON.stringify(await raw('GET /old HTTP/1.0\r\n\r\n')));
  console.log(JSON.stringify(await raw('NOT A REQUEST\r\n\r\n')));

  // A keep-alive agent sends the next request on the same connection.
  const agent = new http.Agent({ keepAlive: true });
  const ports = [];
  for (let i = 0; i < 3; i++) {
    ({ res } = await get({ path: `/reuse${i}`, agent }));
    ports.push(res.socket?.localPort ?? 'gone');
  }
  console.log('one connection:', new Set(ports.filter((port) => port !== 'gone')).size <= 1);
  agent.destroy();

  // Header validation.
  for (const [name, value] of [['bad name', 'x'], ['x-ok', 'bad\nvalue'], ['x-ok', undefined]]) {
    try {
      new http.OutgoingMessage().setHeader(name, value);
    } catch (error) {
      console.log(error.code, error.message);
    }
  }
  server.close(() => console.log('closed'));
});
