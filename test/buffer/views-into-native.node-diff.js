'use strict';
// Byte views of every kind handed to native code: pooled and unpooled Buffers, subarrays at an
// offset, plain small and large Uint8Arrays, views over resizable buffers before and after a
// resize, other typed arrays and DataViews; through toString, write, compare, fs writes and
// reads, and TextDecoder.
const fs = require('fs');
const os = require('os');
const path = require('path');

const pooled = Buffer.from('pooled buffer text');
const unpooled = Buffer.allocUnsafeSlow(70).fill('u');
const offsetView = Buffer.from('0123456789abcdefghij').subarray(5, 15);
const small = new Uint8Array([104, 105, 33]);
const large = new Uint8Array(5000).fill(108);
const resizableBuffer = new ArrayBuffer(8, { maxByteLength: 32 });
const tracking = new Uint8Array(resizableBuffer);
tracking.set([65, 66, 67, 68, 69, 70, 71, 72]);
const fixedOnResizable = new Uint8Array(resizableBuffer, 2, 4);
const wide = new Uint16Array([0x6968, 0x2121]);
const view = new DataView(new Uint8Array([111, 107]).buffer);

const decoder = new TextDecoder();
const show = (name, bytes) => {
  console.log(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').slice(0, 40),
    decoder.decode(bytes).length, Buffer.compare(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), pooled));
};
for (const [name, bytes] of Object.entries({ pooled, unpooled, offsetView, small, large, tracking, fixedOnResizable, wide, view })) {
  show(name, bytes);
}
resizableBuffer.resize(16);
tracking.fill(90, 8);
show('tracking grown', tracking);
resizableBuffer.resize(4);
show('tracking shrunk', tracking);
console.log('fixed view out of bounds', fixedOnResizable.length, fixedOnResizable.byteLength);

console.log(offsetView.toString(), offsetView.toString('hex'), offsetView.write('XY', 1), offsetView.toString());
console.log(Buffer.from(small).equals(Buffer.from('hi!')), large.length, Buffer.from(large).toString().length);

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apus-views-')), 'out');
const fd = fs.openSync(file, 'w+');
for (const bytes of [pooled, offsetView, small, large.subarray(0, 10), tracking, wide]) fs.writeSync(fd, bytes);
const back = Buffer.alloc(80);
const read = fs.readSync(fd, back, 3, 60, 0);
console.log(read, back.toString('latin1', 0, 70));
const into = new Uint8Array(12);
console.log(fs.readSync(fd, into, 0, 12, 5), Buffer.from(into).toString());
fs.closeSync(fd);
fs.rmSync(path.dirname(file), { recursive: true });

const detachedSource = new ArrayBuffer(8);
const detachedView = new Uint8Array(detachedSource);
structuredClone(detachedSource, { transfer: [detachedSource] });
console.log('detached', detachedView.length, Buffer.from(detachedView).length, decoder.decode(detachedView));

// Views of wider elements straight into the file-system binding, at an offset into their buffer.
const doubles = new Float64Array([1.5, -2, 1e300]);
const shorts = new Int16Array([1, -2, 3, -4, 5]).subarray(1, 4);
const wideFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apus-views-')), 'wide');
const wideFd = fs.openSync(wideFile, 'w+');
console.log(fs.writeSync(wideFd, doubles), fs.writeSync(wideFd, shorts), fs.writeSync(wideFd, new DataView(doubles.buffer, 8, 8)));
const words = new Uint16Array(8);
console.log(fs.readSync(wideFd, words, 0, 16, 24), Array.from(words).join(','));
const backDoubles = new Float64Array(4);
console.log(fs.readSync(wideFd, backDoubles, 0, 24, 0), Array.from(backDoubles.subarray(0, 3)).join(','));
fs.write(wideFd, new DataView(doubles.buffer, 0, 8), 0, 8, 46, (err, written) => {
  console.log('write DataView', err, written, fs.fstatSync(wideFd).size);
  fs.closeSync(wideFd);
  fs.rmSync(path.dirname(wideFile), { recursive: true });
});
