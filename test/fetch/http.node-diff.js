'use strict';
// fetch over HTTP/1.1 against a server speaking raw HTTP on a net socket: request heads, body
// framings, connection reuse, redirects, aborts and broken responses.
const net = require('net');
const zlib = require('zlib');
const assert = require('assert');

// The line a runtime names itself in (user-agent).
const shown = (head) => head.split('\r\n').filter((line) => !/^user-agent:/i.test(line))
  .join('|').replace(/:\d+\|/, ':PORT|');

const routes = {
  '/plain': () => 'HTTP/1.1 200 OK\r\ncontent-length: 5\r\nX-Multi: 1\r\nx-multi: 2\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n\r\nhello',
  '/chunked': () => 'HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\nx-trailer: t\r\n\r\n',
  '/close': () => ['HTTP/1.1 200 OK\r\nconnection: close\r\n\r\nuntil the end', 'close'],
  '/empty': () => 'HTTP/1.1 204 No Content\r\n\r\n',
  '/head': () => 'HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n',
  '/redirect/301': () => 'HTTP/1.1 301 Moved\r\nlocation: /echo\r\ncontent-length: 3\r\n\r\nabc',
  '/redirect/303': () => 'HTTP/1.1 303 See Other\r\nlocation: /echo\r\ncontent-length: 0\r\n\r\n',
  '/redirect/307': () => 'HTTP/1.1 307 Temporary\r\nlocation: /echo\r\ncontent-length: 0\r\n\r\n',
  '/redirect/loop': () => 'HTTP/1.1 302 Found\r\nlocation: /redirect/loop\r\ncontent-length: 0\r\n\r\n',
  '/garbage': () => ['NOT HTTP AT ALL\r\n\r\n', 'close'],
  '/bad-length': () => ['HTTP/1.1 200 OK\r\ncontent-length: 1x\r\n\r\n', 'close'],
  '/cut': () => ['HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly part', 'close'],
  '/big': () => {
    const body = Buffer.alloc(1 << 20);
    for (let i = 0; i < body.length; i++) body[i] = i % 251;
    return [Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\n\r\n`), body])];
  },
  '/gzip': () => {
    const body = zlib.gzipSync('compressed '.repeat(1000));
    return [Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\ncontent-length: ${body.length}\r\n\r\n`), body])];
  },
  '/deflate-chunked': () => {
    const body = zlib.deflateSync('deflated and chunked');
    const head = `HTTP/1.1 200 OK\r\ncontent-encoding: deflate\r\ntransfer-encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n`;
    return [Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n0\r\n\r\n')])];
  },
  '/slow': (socket) => {
    socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nfirst\r\n');
    return null;   // never finishes: the client aborts
  },
};

let connections = 0;
const heads = [];
const server = net.createServer((socket) => {
  connections++;
  let pending = Buffer.alloc(0);
  socket.on('data', (data) => {
    pending = Buffer.concat([pending, data]);
    for (;;) {
      const end = pending.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = pending.subarray(0, end).toString('latin1');
      let bodyLength = 0;
      let rest = pending.subarray(end + 4);
      const lengthMatch = /\r\ncontent-length: (\d+)/i.exec(head);
      if (lengthMatch) bodyLength = Number(lengthMatch[1]);
      let body;
      if (/\r\ntransfer-encoding: chunked/i.test(head)) {
        const last = rest.indexOf('0\r\n\r\n');
        if (last === -1) return;
        body = rest.subarray(0, last + 5).toString();
        rest = rest.subarray(last + 5);
      } else {
        if (rest.length < bodyLength) return;
        body = rest.subarray(0, bodyLength).toString();
        rest = rest.subarray(bodyLength);
      }
      pending = rest;
      const path = head.split(' ')[1].split('?')[0];
      heads.push(`${shown(head)} body=${JSON.stringify(body)}`);
      if (path === '/echo') {
        const text = `${head.split('\r\n')[0]} ${JSON.stringify(body)}`;
        socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
        continue;
      }
      const reply = routes[path](socket);
      if (reply === null) continue;
      const [bytes, close] = Array.isArray(reply) ? reply : [reply];
      if (close) socket.end(bytes);
      else socket.write(bytes);
    }
  });
  socket.on('error', () => {});
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const failure = (error) => `${error.name}: ${error.message} (cause ${error.cause?.code ?? error.cause?.message})`;

  let response = await fetch(`${base}/plain?q=1#fragment`);
  console.log(response.status, response.statusText, response.ok, response.type, response.url.replace(base, ''), response.redirected);
  console.log([...response.headers], response.headers.getSetCookie());
  console.log(await response.text(), response.bodyUsed);

  response = await fetch(`${base}/chunked`);
  console.log(response.status, response.statusText, await response.text());

  response = await fetch(`${base}/close`);
  console.log(await response.text());

  response = await fetch(`${base}/empty`);
  console.log(response.status, response.body);

  response = await fetch(`${base}/head`, { method: 'HEAD' });
  console.log(response.status, response.headers.get('content-length'), response.body);

  response = await fetch(`${base}/echo`, { method: 'POST', body: 'text body', headers: { 'X-Custom': 'v' } });
  console.log(await response.text());
  response = await fetch(`${base}/echo`, { method: 'PUT', body: new URLSearchParams({ a: '1', b: 'x y' }) });
  console.log(await response.text());
  response = await fetch(`${base}/echo`, { method: 'POST' });
  console.log(await response.text());
  const upload = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('streamed '));
      controller.enqueue(new TextEncoder().encode('upload'));
      controller.close();
    },
  });
  response = await fetch(`${base}/echo`, { method: 'POST', body: upload, duplex: 'half' });
  console.log(await response.text());
  response = await fetch(new Request(`${base}/echo?from=request`, { method: 'DELETE', headers: [['a', '1']] }));
  console.log(await response.json().catch(() => 'not json'));

  // Redirects: 301 after POST becomes GET without the body; 307 keeps both; 303 always GETs.
  response = await fetch(`${base}/redirect/301`, { method: 'POST', body: 'dropped' });
  console.log(response.status, response.redirected, response.url.replace(base, ''), await response.text());
  response = await fetch(`${base}/redirect/307`, { method: 'POST', body: 'kept' });
  console.log(response.status, response.redirected, await response.text());
  response = await fetch(`${base}/redirect/303`, { method: 'PUT', body: 'dropped' });
  console.log(await response.text());
  response = await fetch(`${base}/redirect/301`, { redirect: 'manual' });
  console.log(response.status, response.headers.get('location'), response.redirected, await response.text());
  await fetch(`${base}/redirect/301`, { redirect: 'error' }).catch((e) => console.log(failure(e)));
  await fetch(`${base}/redirect/loop`).catch((e) => console.log(failure(e)));

  // A large body arrives whole and in order.
  response = await fetch(`${base}/big`);
  const big = new Uint8Array(await response.arrayBuffer());
  let intact = big.length === 1 << 20;
  for (let i = 0; intact && i < big.length; i++) intact = big[i] === i % 251;
  console.log('big body intact:', intact);

  // Compressed bodies arrive decoded.
  response = await fetch(`${base}/gzip`);
  const text = await response.text();
  console.log(response.headers.get('content-encoding'), text.length, text.slice(0, 22));
  response = await fetch(`${base}/deflate-chunked`);
  console.log(await response.text());

  // Broken responses.
  await fetch(`${base}/garbage`).catch((e) => console.log(failure(e)));
  await fetch(`${base}/bad-length`).catch((e) => console.log(failure(e)));
  response = await fetch(`${base}/cut`);
  await response.text().catch((e) => console.log(failure(e)));

  // Abort before the response and while its body streams.
  const early = new AbortController();
  early.abort();
  await fetch(`${base}/plain`, { signal: early.signal }).catch((e) => console.log(e.name, e.message));
  const late = new AbortController();
  response = await fetch(`${base}/slow`, { signal: late.signal });
  const reader = response.body.getReader();
  console.log(Buffer.from((await reader.read()).value).toString());
  late.abort(new Error('enough'));
  await reader.read().catch((e) => console.log('body:', e.message));

  const closed = net.createServer().listen(0, '127.0.0.1', async () => {
    const port = closed.address().port;
    closed.close(async () => {
      await fetch(`http://127.0.0.1:${port}/`).catch((e) => console.log(failure(e)));
      console.log(heads.join('\n'));
      assert(connections < heads.length, 'keep-alive connections are reused');
      server.close();
    });
  });
});
