'use strict';
// fs.promises.truncate and link, fs.openAsBlob, and lchmod's absence on Linux (the names exist;
// the promise form rejects with ERR_METHOD_NOT_IMPLEMENTED).
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'fsx-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello world');
(async () => {
  const b = await fs.openAsBlob(file, { type: 'text/plain' });
  console.log(b.constructor.name, b.size, b.type, await b.text());
  for (const [name, fn] of [['missing', () => fs.openAsBlob(path.join(dir, 'nope'))], ['type', () => fs.openAsBlob(file, { type: 1 })],
    ['path', () => fs.openAsBlob(1)], ['options', () => fs.openAsBlob(file, 1)]]) {
    try { fn(); console.log(name, 'no throw'); } catch (e) { console.log(name, e.name, e.code, e.message); }
  }
  await fs.promises.truncate(file, 5);
  console.log(fs.readFileSync(file, 'utf8'));
  await fs.promises.truncate(file);
  console.log(fs.statSync(file).size);
  for (const args of [[path.join(dir, 'nope'), 1], [file, 'x'], [1, 0]]) {
    try { await fs.promises.truncate(...args); } catch (e) { console.log(e.code, e.message.replace(dir, 'DIR')); }
  }
  await fs.promises.link(file, path.join(dir, 'g.txt'));
  console.log(fs.statSync(file).nlink);
  for (const args of [[path.join(dir, 'nope'), path.join(dir, 'y')], [1, '/x'], [file, path.join(dir, 'g.txt')]]) {
    try { await fs.promises.link(...args); } catch (e) { console.log(e.code, e.message.replaceAll(dir, 'DIR')); }
  }
  try { await fs.promises.lchmod(file, 0o644); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log('lchmod' in fs, fs.lchmod, 'lchmodSync' in fs, fs.lchmodSync);
  console.log(fs.openAsBlob.length, fs.promises.truncate.length, fs.promises.link.length, fs.promises.lchmod.length);
  fs.rmSync(dir, { recursive: true });
})();
