'use strict';
// StringDecoder across chunk boundaries: replacement characters, surrogate pairs, lastNeed/lastTotal.
const { StringDecoder } = require('string_decoder');
const cases = [['f4','bde5'],['f4bd','41'],['f4','bd','41'],['e1','41'],['e1a0','41'],['f09f','98','80'],['f09f98','41'],['e1a0'],['f4bd'],['c3','41'],['41f2'],['f09f98'],['e282','ac41'],['ed','a0','80'],['ff','41'],['f6','9b','d1']];
for (const c of cases) {
  const d = new StringDecoder('utf8');
  const out = c.map((h) => { const r = d.write(Buffer.from(h, 'hex')); return JSON.stringify(r) + `[${d.lastNeed},${d.lastTotal}]`; });
  out.push(JSON.stringify(d.end()));
  console.log(c.join('|'), out.join(' '));
}
for (const c of [['3dd8','4d','dc'],['3dd84d'],['3d'],['3dd8'],['3dd8','4d'],['41','00']]) {
  const d = new StringDecoder('utf16le');
  const out = c.map((h) => { const r = d.write(Buffer.from(h, 'hex')); return JSON.stringify(r) + `[${d.lastNeed},${d.lastTotal}]`; });
  out.push(JSON.stringify(d.end()));
  console.log('u16', c.join('|'), out.join(' '));
}
for (const c of [['61'],['6162'],['61','62','63','64']]) {
  const d = new StringDecoder('base64');
  const out = c.map((h) => { const r = d.write(Buffer.from(h, 'hex')); return JSON.stringify(r) + `[${d.lastNeed},${d.lastTotal}]`; });
  out.push(JSON.stringify(d.end()));
  console.log('b64', c.join('|'), out.join(' '));
}
