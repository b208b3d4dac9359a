'use strict';
// indexOf/lastIndexOf/includes over 6,000 random haystacks, needles, offsets and encodings.
let seed = 11; const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
const pick = (a) => a[Math.floor(random() * a.length)];
for (let n = 0; n < 6000; n++) {
  const hay = Buffer.from(Array.from({ length: Math.floor(random() * 9) }, () => pick([0x61, 0x62, 0x00, 0x66])));
  const needleBytes = Buffer.from(Array.from({ length: Math.floor(random() * 4) }, () => pick([0x61, 0x62, 0x00, 0x66])));
  const kind = pick(['buf', 'str', 'num']);
  const val = kind === 'buf' ? needleBytes : kind === 'str' ? pick(['a', 'ab', 'f', '', 'ba', '\u6261', 'ff']) : pick([0x61, 0x62, 0x166, -1]);
  const offset = pick([undefined, 0, 1, 2, 3, -1, -3, 7, 100, -100, NaN, 'ucs2', null, '1', 1.5]);
  const encoding = pick([undefined, 'ucs2', 'utf16le', 'latin1', 'hex', 'utf8']);
  // Odd-length haystacks searched as UTF-16 are left out: there the result depends on
  // bytes past the end.
  if ((encoding === 'ucs2' || encoding === 'utf16le' || offset === 'ucs2') && hay.length % 2 === 1) continue;
  let r;
  try { r = [hay.indexOf(val, offset, encoding), hay.lastIndexOf(val, offset, encoding), hay.includes(val, offset, encoding)].join(','); }
  catch (e) { r = e.code; }
  console.log(hay.toString('hex'), JSON.stringify(val instanceof Buffer ? 'B' + val.toString('hex') : val), String(offset), encoding, r);
}
