'use strict';
// mkdir -p semantics: the first directory created, '..' walked as written, errors, relative paths.
const fs = require('fs');
const base = `${require('os').tmpdir()}/apus-mkdirp-${process.pid}`;
const rel = (p) => (typeof p === 'string' ? p.replace(base, 'BASE') : p);
for (const p of [`${base}/a/../b/c`, `${base}/a/b/`, `${base}/a/b`, `${base}/x/./y//z`]) {
  console.log(rel(fs.mkdirSync(p, { recursive: true })), fs.existsSync(p));
}
fs.writeFileSync(`${base}/file`, '');
try { fs.mkdirSync(`${base}/file/sub`, { recursive: true }); } catch (e) { console.log(e.code, rel(e.path)); }
try { fs.mkdirSync(`${base}/file`, { recursive: true }); } catch (e) { console.log(e.code, rel(e.path)); }
for (const bad of [false, 1, {}, null, undefined]) {
  try { fs.mkdir(bad, () => console.log('called')); } catch (e) { console.log(e.code); }
}
process.chdir(base);
console.log(rel(fs.mkdirSync('rel/one', { recursive: true })));
fs.mkdir(`${base}/cb/d`, { recursive: true }, (err, first) => {
  console.log(err, rel(first));
  fs.rmSync(base, { recursive: true });
});
