'use strict';
// Long strings and buffers take the native and engine codec paths: UTF-8 from one-byte and
// two-byte strings (lone surrogates as U+FFFD), and base64, base64url, hex, latin1 and ascii both
// ways, including input the strict engine decoders refuse (whitespace, '=' inside, the other
// base64 alphabet, an odd hex digit, a pair that is not hex).
const cases = [
  'héllo wörld ✓ 日本語 '.repeat(500), 'a\ud800b'.repeat(2000), '\udc00x'.repeat(3000),
  '😀'.repeat(3000) + '\ud83d', 'plain ascii '.repeat(1000), 'café '.repeat(2000),
];
for (const s of cases) {
  const b = Buffer.from(s);
  console.log(b.length, Buffer.byteLength(s), b.subarray(0, 12).toString('hex'), b.toString() === s.toWellFormed());
}
for (const enc of ['base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  const src = Buffer.from(cases[0]);
  const s = src.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, back.length, back.subarray(0, 8).toString('hex'), enc === 'latin1' || enc === 'ascii' || back.equals(src));
}
const long = 'A'.repeat(100);
console.log(Buffer.from(`aGVs bG8gd29y\nbGQ=${long}`, 'base64').toString('latin1').slice(0, 20));
console.log(Buffer.from(`aGVs=bG8${long}`, 'base64').length, Buffer.from(`-_-_${long}`, 'base64').subarray(0, 3));
console.log(Buffer.from(`-_-_${long}`, 'base64url').length, Buffer.byteLength(`a!!!!!!!${long}==`, 'base64'));
console.log(Buffer.from(`0a1bzz${'ab'.repeat(100)}`, 'hex').length, Buffer.from(`${'ab'.repeat(100)}a`, 'hex').length);
const target = Buffer.alloc(10);
console.log(target.write(Buffer.alloc(300, 7).toString('base64'), 'base64'), target.write('ff'.repeat(100), 1, 'hex'), target);
console.log(Buffer.from('x'.repeat(100) + '\u0100\u00ff', 'latin1').subarray(98), Buffer.alloc(100, 0xe9).toString('ascii').slice(0, 3));
