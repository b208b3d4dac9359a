'use strict';
// UDP: a server on an OS-chosen port echoes a datagram; a client sends with offset and
// length, connects, sends without an address, disconnects and closes; bad types and ports throw.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.family, rinfo.address, typeof rinfo.port, rinfo.size);
  server.send(msg.toString().toUpperCase(), rinfo.port, rinfo.address, (err, bytes) => console.log('reply sent', err, bytes));
});
server.on('listening', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, typeof port);
  const client = dgram.createSocket('udp4');
  client.on('message', (msg) => {
    console.log('client got', msg.toString());
    client.connect(port, '127.0.0.1', () => {
      console.log('connected', client.remoteAddress().port === port);
      client.send(Buffer.from('xyz'), (err, n) => {
        console.log('connected send', err, n);
        try { client.send('a', port, '127.0.0.1'); } catch (e) { console.log(e.code, e.message); }
        client.disconnect();
        try { client.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
        client.close(() => { console.log('client closed'); server.close(() => console.log('server closed')); });
      });
    });
  });
  client.send('hello', 0, 5, port, 'localhost', (err, bytes) => console.log('sent', err, bytes));
});
server.bind(0);
try { dgram.createSocket('udp5'); } catch (e) { console.log(e.code, e.message); }
try { server.send('x', 0); } catch (e) { console.log(e.code, e.message); }
