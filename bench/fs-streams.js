'use strict';
// fs and stream throughput cases of issue 5; prints JSON { case: milliseconds }.
// Sizes are scaled by BENCH_MB (default 256) so a run stays short on shared machines.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream/promises');
const { Readable, Transform, Writable } = require('stream');

const mb = Number(process.env.BENCH_MB || 256);
const size = mb * 1024 * 1024;
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
  const block = Buffer.alloc(size, 'a');
  await time(`writeFile ${mb}MB`, () => fs.promises.writeFile(src, block));
  await time(`readFile ${mb}MB`, () => fs.promises.readFile(src));
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
