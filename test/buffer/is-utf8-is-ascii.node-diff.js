'use strict';
// buffer.isUtf8/isAscii over 20,000 short random byte strings weighted towards lead and
// continuation bytes, plus the detached-buffer error; the output must equal node's.
const { isUtf8, isAscii } = require('buffer');
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
const verdicts = [];
for (let n = 0; n < 20000; n++) {
  const bytes = Buffer.alloc(Math.floor(random() * 6));
  for (let i = 0; i < bytes.length; i++) {
    const r = random();
    bytes[i] = r < 0.3 ? Math.floor(random() * 128) : r < 0.6 ? 0x80 + Math.floor(random() * 64) : 0xc0 + Math.floor(random() * 64);
  }
  verdicts.push((isUtf8(bytes) ? 1 : 0) + (isAscii(bytes) ? 2 : 0));
}
for (let i = 0; i < verdicts.length; i += 100) console.log(verdicts.slice(i, i + 100).join(''));
for (const text of ['héllo', '😀', '\ud800', 'abc', '€uro']) console.log(text.length, isUtf8(Buffer.from(text)));
const detached = new ArrayBuffer(8);
structuredClone(detached, { transfer: [detached] });
for (const check of [isUtf8, isAscii]) {
  try { check(detached); } catch (err) { console.log(err.name, err.code, err.message); }
  try { check('text'); } catch (err) { console.log(err.name, err.code, err.message); }
}
