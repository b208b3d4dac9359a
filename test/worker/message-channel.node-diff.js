// MessageChannel within one thread: clones, ordering, DOM and Node-style listeners, transfers, close.
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const sent = { n: 1, list: [1, 2], map: new Map([['k', new Set([1])]]), date: new Date(0), buf: new Uint8Array([1, 2]) };
port2.onmessage = (event) => {
  console.log('dom', event.constructor.name, event.data, event.data === sent);
};
port1.postMessage(sent);
port1.postMessage('second');
const other = new MessageChannel();
other.port1.on('message', (value) => {
  console.log('node-style', value);
  if (value === 'last') other.port1.close();
});
other.port2.postMessage('first');
other.port2.postMessage('last');
// When 'close' arrives relative to other ports' messages is timing, not contract.
const closed = [];
other.port1.on('close', () => closed.push('port1'));
other.port2.on('close', () => { closed.push('port2'); port2.close(); });
process.on('exit', () => console.log('closed', closed.sort()));
const sync = new MessageChannel();
sync.port1.postMessage({ sync: true });
console.log(receiveMessageOnPort(sync.port2), receiveMessageOnPort(sync.port2));
sync.port1.close();
const buffer = new ArrayBuffer(8);
const moving = new MessageChannel();
moving.port2.once('message', (value) => {
  console.log('transferred', value.buffer.byteLength, buffer.byteLength, value.port instanceof MessagePort);
  value.port.postMessage('through the moved port');
  moving.port2.close();
});
const inner = new MessageChannel();
inner.port1.once('message', (value) => { console.log('inner', value); inner.port1.close(); });
moving.port1.postMessage({ buffer, port: inner.port2 }, [buffer, inner.port2]);
for (const bad of [() => port1.postMessage(() => {}), () => port1.postMessage({ p: inner.port1 }), () => new MessagePort(),
  () => port1.postMessage(1, [port1]), () => receiveMessageOnPort({})]) {
  try { bad() } catch (e) { console.log(e.name, e.code, e.message) }
}
console.log(typeof MessageChannel === typeof globalThis.MessageChannel, typeof MessageEvent);
