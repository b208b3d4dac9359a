'use strict';
// fs.opendir / Dir in all three forms, statfs, and readFile/writeFile with an AbortSignal.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-opendir-'));
for (const name of ['a', 'b', 'c']) fs.writeFileSync(path.join(dir, name), name);
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'd'), 'd');

async function main() {
  const d = fs.opendirSync(dir, { bufferSize: 2 });
  const names = [];
  let entry;
  while ((entry = d.readSync()) !== null) names.push(`${entry.name}:${entry.isDirectory()}`);
  d.closeSync();
  console.log('sync', names.sort());
  for (const op of [() => d.readSync(), () => d.closeSync()]) {
    try { op(); } catch (err) { console.log(err.code, err.message); }
  }

  const viaPromise = [];
  for await (const dirent of await fs.promises.opendir(dir)) viaPromise.push(dirent.name);
  console.log('async iterator', viaPromise.sort());

  const recursive = [];
  for await (const dirent of await fs.promises.opendir(dir, { recursive: true })) {
    recursive.push(path.relative(dir, path.join(dirent.path, dirent.name)));
  }
  console.log('recursive', recursive.sort());

  await new Promise((resolve) => fs.opendir(dir, (err, handle) => {
    handle.read((err, first) => {
      console.log('callback read', err, typeof first.name);
      try { handle.readSync(); } catch (e) { console.log('during read', e.code); }
      handle.close(resolve);
    });
    try { handle.closeSync(); } catch (e) { console.log('concurrent', e.code); }
  }));

  for (const bad of [{ bufferSize: 0 }, { bufferSize: '1' }]) {
    try { fs.opendirSync(dir, bad); } catch (err) { console.log(err.code, err.message); }
  }
  try { fs.opendirSync(path.join(dir, 'a')); } catch (err) { console.log(err.code, err.syscall); }

  const stats = fs.statfsSync(dir);
  console.log('statfs', stats.constructor.name, Object.keys(stats), stats.bsize > 0,
    typeof fs.statfsSync(dir, { bigint: true }).blocks);

  const ac = new AbortController();
  ac.abort();
  fs.readFile(path.join(dir, 'a'), { signal: ac.signal }, (err) => console.log('readFile aborted', err.name));
  fs.writeFile(path.join(dir, 'x'), 'x', { signal: ac.signal }, (err) => {
    console.log('writeFile aborted', err.name, fs.existsSync(path.join(dir, 'x')));
    fs.rmSync(dir, { recursive: true });
  });
}
main();
