'use strict';
// buffer.transcode between every pair of the encodings it knows (and some it does not), on
// plain, multi-byte, ill-formed and odd-length input: bytes or error, as Node's converters give.
const { transcode } = require('buffer');
const encs = ['ascii', 'latin1', 'binary', 'ucs2', 'utf16le', 'utf8', 'utf-8', 'UTF8', 'ucs-2', 'hex', 'base64'];
const inputs = [
  Buffer.from([0x41, 0x7f, 0x80, 0xa9, 0xff]),
  Buffer.from('aé€😀\u{10FFFF}', 'utf8'),
  Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0xaf]),
  Buffer.from([0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xdc, 0x42, 0x00, 0x00, 0xd8, 0x43]),
  Buffer.from([]),
];
for (const from of encs) for (const to of encs) for (const [i, input] of inputs.entries()) {
  let out;
  try { out = transcode(input, from, to).toString('hex'); } catch (e) { out = `${e.name}|${e.code}|${e.errno}|${e.message}`; }
  console.log(from, to, i, out);
}
for (const bad of [null, 'str', [1], new Uint16Array(2), new DataView(new ArrayBuffer(2))]) {
  try { transcode(bad, 'utf8', 'ascii'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { transcode(Buffer.from('a'), undefined, 'utf8'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(transcode(new Uint8Array([0x68, 0xe4]), 'latin1', 'utf16le').constructor.name);
