// Long random buffers and strings with lone surrogates: utf8/latin1 decoding and utf8 encoding equal node's.
let seed = 99;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const crypto = { bytes: (n) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256)) };
const lines = [];
for (let i = 0; i < 200; i++) {
  const bytes = Buffer.from(crypto.bytes(50 + Math.floor(rand() * 400)));
  const utf8 = bytes.toString('utf8');
  lines.push(utf8.length, Buffer.from(utf8).length, bytes.toString('latin1').length);
  let s = '';
  for (let j = 0; j < 100; j++) s += String.fromCharCode(Math.floor(rand() * 0x10000));
  const encoded = Buffer.from(s);
  lines.push(encoded.length, encoded.toString('hex').slice(0, 40), Buffer.byteLength(s));
  const small = Buffer.alloc(37);
  lines.push(small.write(s), small.toString('base64'));
}
console.log(lines.join(','));
