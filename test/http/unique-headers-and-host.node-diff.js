'use strict';
// uniqueHeaders joins a field's values on one line both ways; an HTTP/1.1 request without Host gets 400.
const http = require('http'); const net = require('net');
const s = http.createServer({ uniqueHeaders: ['X-U'] }, (req, res) => {
  res.setHeader('x-u', ['a', 'b']); res.setHeader('x-m', ['c', 'd']); res.end(JSON.stringify(req.rawHeaders.filter((x, i) => i % 2 === 0 || true)));
}).listen(0, () => {
  const r = http.request({ port: s.address().port, uniqueHeaders: ['x-c'], headers: { 'x-c': ['1', '2'], host: 'h' } }, (res) => {
    let d = ''; res.on('data', (c) => d += c); res.on('end', () => { console.log(res.rawHeaders.filter((x) => /^x-/i.test(x) || /^[a-d]/.test(x)).join(' '), d.replace(/"\d+"/g, '')); 
      const c = net.connect(s.address().port, () => c.end('GET / HTTP/1.1\r\n\r\n')); let t = ''; c.on('data', (x) => t += x); c.on('close', () => { console.log(JSON.stringify(t.replace(/Date: [^\r]*\r\n/, ''))); s.close(); }); });
  });
  r.end();
});
