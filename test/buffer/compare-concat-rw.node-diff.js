'use strict';
// Buffer comparison short and long (the long path compares natively), concat of short and long
// pieces with a total length cut short or padded, and the integer read/write methods at the
// edges of a buffer, with the errors out-of-range offsets and values give.
const long = (fill, n = 1000) => Buffer.alloc(n, fill);
const a = long(1), b = long(1);
b[999] = 2;
console.log(a.equals(b), a.compare(b), b.compare(a), a.compare(a), Buffer.compare(long(1, 100), long(1, 101)));
console.log(a.compare(b, 0, 999, 0, 999), a.compare(b, 500, 1000, 500, 1000), long(3, 70).compare(long(3, 70)));
console.log(Buffer.from('abc').compare(Buffer.from('abd')), Buffer.from('b').equals(Buffer.from('b')));

const pieces = [Buffer.from('ab'), long(7, 40), Buffer.from('xyz')];
console.log(Buffer.concat(pieces).toString('hex'));
console.log(Buffer.concat(pieces, 10).toString('hex'), Buffer.concat(pieces, 50).toString('hex'));
console.log(Buffer.concat([long(5, 100).subarray(10, 60), Buffer.from('q')]).length);

const buf = Buffer.alloc(8);
const show = (fn) => { try { return fn(); } catch (err) { return `${err.name} ${err.code}: ${err.message}`; } };
console.log(show(() => buf.writeUInt32LE(0xdeadbeef, 4)), buf.toString('hex'));
console.log(show(() => buf.readUInt32LE(4)), show(() => buf.readUInt32BE(4)), show(() => buf.readInt32LE(4)));
console.log(show(() => buf.readUInt32LE(5)), show(() => buf.readUInt32LE(-1)), show(() => buf.readUInt32LE(1.5)));
console.log(show(() => buf.readUInt32LE('1')), show(() => buf.readUInt32LE()), show(() => buf.readUInt16BE(7)));
console.log(show(() => buf.writeUInt32LE(2 ** 32, 0)), show(() => buf.writeInt8(-129, 0)), show(() => buf.writeUInt8(255, 8)));
console.log(show(() => buf.writeUInt16LE(NaN, 0)), show(() => buf.writeUInt16LE('513', 2)), buf.toString('hex'));
console.log(show(() => buf.writeInt32BE(-1, 4)), show(() => buf.writeUInt32BE(1, 4.2)), buf.toString('hex'));
