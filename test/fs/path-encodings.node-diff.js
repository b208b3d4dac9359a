'use strict';
// Paths returned in another encoding (realpath, readlink, mkdtemp, readdir) and symlink type checks.
const fs = require('fs');
const base = fs.mkdtempSync(`${require('os').tmpdir()}/apus-enc-`);
fs.writeFileSync(`${base}/é.txt`, '');
fs.symlinkSync(`${base}/é.txt`, `${base}/link`, 'file');
const strip = (s) => (typeof s === 'string' ? s.replace(Buffer.from(base).toString('hex'), 'HEX').replace(base, 'BASE') : s);
for (const encoding of ['hex', 'latin1', 'base64', 'buffer', 'utf8']) {
  const real = fs.realpathSync(`${base}/link`, { encoding });
  const target = fs.readlinkSync(`${base}/link`, encoding);
  console.log(encoding, Buffer.isBuffer(real), strip(String(real)).length, Buffer.isBuffer(target), fs.readdirSync(base, encoding).map(String).sort());
}
for (const type of [null, 5, 'dir', 'junction', 'x', '🍏']) {
  try { fs.symlinkSync(`${base}/é.txt`, `${base}/l-${String(type)}`, type); console.log('ok', type); } catch (e) { console.log(e.name, e.code, e.message); }
}
fs.realpath(`${base}/link`, 'hex', (err, p) => {
  console.log(err, strip(p).length > 0);
  fs.rmSync(base, { recursive: true });
});
