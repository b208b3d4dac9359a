'use strict';
// A TCP echo server on port 0 and a client: connection, data both ways, half-close, close order,
// addresses and byte counts.
const net = require('net');
const server = net.createServer((socket) => {
  console.log('server: connection', typeof socket.remotePort, socket.remoteAddress);
  socket.on('data', (d) => socket.write(d.toString().toUpperCase()));
  socket.on('end', () => { console.log('server: end'); socket.end(); });
  socket.on('close', (hadError) => { console.log('server: socket close', hadError); server.close(() => console.log('server: closed')); });
});
server.listen(0, () => {
  const { port, family, address } = server.address();
  console.log('listening', family, address, typeof port);
  const client = net.connect(port, '127.0.0.1', () => {
    console.log('client: connect', client.remoteAddress, client.remotePort === port, client.readyState);
    client.write('hello ');
    client.end('world');
  });
  let got = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { got += d; });
  client.on('end', () => console.log('client: end', got));
  client.on('close', (hadError) => console.log('client: close', hadError, client.bytesRead, client.bytesWritten));
});
