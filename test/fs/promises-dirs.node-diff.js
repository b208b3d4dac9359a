'use strict';
// fs.promises mkdir/readdir/symlink: results, encodings, file types, and errors.
const fs = require('fs');
const base = `${require('os').tmpdir()}/apus-pdir-${process.pid}`;
const rel = (v) => (typeof v === 'string' ? v.replace(base, 'BASE') : v);
(async () => {
  console.log(rel(await fs.promises.mkdir(base)));
  console.log(rel(await fs.promises.mkdir(`${base}/a/b`, { recursive: true })));
  await fs.promises.writeFile(`${base}/f.txt`, 'x');
  await fs.promises.symlink(`${base}/f.txt`, `${base}/link`);
  console.log((await fs.promises.readdir(base)).sort());
  console.log((await fs.promises.readdir(base, { withFileTypes: true })).map((d) => [d.name, d.isDirectory(), d.isSymbolicLink()]).sort());
  console.log((await fs.promises.readdir(base, 'buffer')).map(String).sort());
  console.log((await fs.promises.readdir(base, { recursive: true })).sort());
  for (const call of [() => fs.promises.mkdir(base), () => fs.promises.readdir(`${base}/missing`), () => fs.promises.symlink('x', `${base}/link`), () => fs.promises.symlink('x', 'y', 'bad'), () => fs.promises.mkdir(5)]) {
    try { await call(); } catch (e) { console.log(e.code, e.syscall, rel(e.path)); }
  }
  fs.rmSync(base, { recursive: true });
})();
