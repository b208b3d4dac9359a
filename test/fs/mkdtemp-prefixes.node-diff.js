'use strict';
// mkdtemp with string, Buffer and URL prefixes, the buffer encoding, and bad prefixes.
const fs = require('fs');
const base = require('os').tmpdir();
const show = (p) => [typeof p, Buffer.isBuffer(p), String(p).startsWith(`${base}/apus-mk-`)];
for (const prefix of [`${base}/apus-mk-`, Buffer.from(`${base}/apus-mk-`), new URL(`file://${base}/apus-mk-`)]) {
  const p = fs.mkdtempSync(prefix); console.log(show(p)); fs.rmdirSync(p);
  const q = fs.mkdtempSync(prefix, { encoding: 'buffer' }); console.log(show(q)); fs.rmdirSync(q);
}
for (const bad of [5, null, {}]) try { fs.mkdtempSync(bad); } catch (e) { console.log(e.code, e.message); }
fs.mkdtemp(`${base}/apus-mk-`, 'buffer', (err, p) => { console.log(err, show(p)); fs.rmdirSync(p);
  fs.promises.mkdtemp(new URL(`file://${base}/apus-mk-`), { encoding: 'buffer' }).then((p) => { console.log(show(p)); fs.rmdirSync(p); });
});
