'use strict';
// fs and stream throughput cases: readFile/writeFile of 100 MB, a file piped and a 3-Transform
// pipeline of BENCH_MB (default 1024) MB, statSync in a loop, readdir of 10k files. Prints
// JSON { case: milliseconds } (best of three).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream/promises');
const { Readable, Transform, Writable } = require('stream');

const mb = Number(process.env.BENCH_MB || 1024);
const size = mb * 1024 * 1024;
const fileSize = 100 * 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-bench-'));
const src = path.join(dir, 'src');
const dst = path.join(dir, 'dst');
const results = {};

// The best of three runs: file-system timings swing with page-cache writeback.
async function time(name, fn) {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  results[name] = best;
}

async function main() {
  const block = Buffer.alloc(fileSize, 'a');
  await time('writeFile 100MB', () => fs.promises.writeFile(src, block));
  await time('readFile 100MB', () => fs.promises.readFile(src));
  // The piped file: BENCH_MB of data, written once.
  const big = fs.openSync(src, 'w');
  for (let written = 0; written < size; written += block.length) fs.writeSync(big, block, 0, Math.min(block.length, size - written));
  fs.closeSync(big);
  await time(`pipe ${mb}MB`, () => new Promise((resolve) => {
    fs.createReadStream(src).pipe(fs.createWriteStream(dst)).on('close', resolve);
  }));
  const chunk = Buffer.alloc(64 * 1024);
  const chunks = size / chunk.length;
  const pass = () => new Transform({ transform(c, e, cb) { cb(null, c); } });
  await time(`3-transform pipeline ${mb}MB`, () => pipeline(
    Readable.from((function* () { for (let i = 0; i < chunks; i++) yield chunk; })(), { objectMode: false }),
    pass(), pass(), pass(),
    new Writable({ write(c, e, cb) { cb(); } })));
  await time('statSync x100k', () => {
    for (let i = 0; i < 100000; i++) fs.statSync(src);
  });
  const many = path.join(dir, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(many, `f${i}`), '');
  await time('readdir 10k x10', () => {
    for (let i = 0; i < 10; i++) fs.readdirSync(many);
  });
  fs.rmSync(dir, { recursive: true });
  console.log(JSON.stringify(results));
}
main();
