'use strict';
// The server bench/http.sh loads with wrk: a short text answer on /, 64 KiB on /big. Prints
// its port once listening.
const http = require('http');
const big = Buffer.alloc(64 * 1024, 'x');
const server = http.createServer((req, res) => {
  if (req.url === '/big') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    res.end(big);
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
