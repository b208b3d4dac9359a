'use strict';
// fs and stream throughput cases: readFile/writeFile of 100 MB, a file piped and a 3-Transform
// pipeline of BENCH_MB (default 1024) MB, async stat one request at a time, statSync in a loop,
// readdir of 10k files. Prints
// JSON { case: milliseconds } (best of three runs of each case); with `--compare APUS [NODE]`
// it runs every case under both and prints them side by side (see compare()).
//
// Each case runs in a process of its own (this script again, with BENCH_CASE set), so that what
// one case left behind (optimized code specialized to its stream classes, heap state) does not
// carry into the next one's timing. BENCH_SHARED_PROCESS=1 runs every case in one process
// instead, in the order listed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { pipeline } = require('stream/promises');
const { Readable, Transform, Writable } = require('stream');

const mb = Number(process.env.BENCH_MB || 1024);
const size = mb * 1024 * 1024;
const fileSize = 100 * 1024 * 1024;
const chunkSize = 64 * 1024;

// The files the cases share, made once by the parent: `file` (100 MB, read whole), `src`
// (BENCH_MB of data, piped) and `many` (10k empty files).
function makeFixtures(dir) {
  const block = Buffer.alloc(fileSize, 'a');
  fs.writeFileSync(path.join(dir, 'file'), block);
  const fd = fs.openSync(path.join(dir, 'src'), 'w');
  for (let written = 0; written < size; written += block.length) fs.writeSync(fd, block, 0, Math.min(block.length, size - written));
  fs.closeSync(fd);
  const many = path.join(dir, 'many');
  fs.mkdirSync(many);
  for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(many, `f${i}`), '');
}

function cases(dir) {
  const src = path.join(dir, 'src');
  const out = path.join(dir, 'out');
  const pass = () => new Transform({ transform(c, e, cb) { cb(null, c); } });
  let block;
  return {
    'writeFile 100MB': () => fs.promises.writeFile(out, block ??= Buffer.alloc(fileSize, 'a')),
    'readFile 100MB': () => fs.promises.readFile(path.join(dir, 'file')),
    [`pipe ${mb}MB`]: () => new Promise((resolve) => {
      fs.createReadStream(src).pipe(fs.createWriteStream(out)).on('close', resolve);
    }),
    [`3-transform pipeline ${mb}MB`]: () => {
      const chunk = Buffer.alloc(chunkSize);
      const chunks = size / chunkSize;
      return pipeline(
        Readable.from((function* () { for (let i = 0; i < chunks; i++) yield chunk; })(), { objectMode: false }),
        pass(), pass(), pass(),
        new Writable({ write(c, e, cb) { cb(); } }));
    },
    // One request at a time: the thread pool's round trip (hand-off, wakeup, callback).
    'stat async x20k': () => new Promise((resolve) => {
      let left = 20000;
      const next = () => (left-- === 0 ? resolve() : fs.stat(src, next));
      next();
    }),
    'statSync x100k': () => {
      for (let i = 0; i < 100000; i++) fs.statSync(src);
    },
    'readdir 10k x10': () => {
      for (let i = 0; i < 10; i++) fs.readdirSync(path.join(dir, 'many'));
    },
  };
}

// The best of three runs, each starting with no dirty pages in the page cache: otherwise the
// writeback of what was written before (the fixtures, the previous run) throttles this run's
// writes, and the case measures the disk instead of the runtime.
async function time(fn) {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    execFileSync('sync');
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

// The driver: one set of fixtures for both runtimes, and for each case the two alternate
// ROUNDS times (each a process running the case, best of three), the first to go swapping every
// round. Whatever the machine does meanwhile (page-cache writeback, memory handed back to the
// host) then lands on both sides instead of on whichever ran its cases second.
function compare(apus, node) {
  const rounds = Number(process.env.ROUNDS || 3);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-bench-'));
  const rows = [];
  try {
    makeFixtures(dir);
    for (const name of Object.keys(cases(dir))) {
      const best = { apus: Infinity, node: Infinity };
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? ['apus', 'node'] : ['node', 'apus'];
        for (const runtime of order) {
          const executable = runtime === 'apus' ? apus : node;
          const env = { ...process.env, BENCH_CASE: name, BENCH_DIR: dir };
          const ms = JSON.parse(execFileSync(executable, [__filename], { env, encoding: 'utf8' }));
          best[runtime] = Math.min(best[runtime], ms);
        }
      }
      rows.push([name, best.apus, best.node]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
  const width = Math.max(22, ...rows.map(([name]) => name.length + 2));
  console.log(`${'case'.padEnd(width)}${'apus ms'.padStart(10)}${'node ms'.padStart(10)}${'speed ratio'.padStart(13)}` +
    `  (best of ${rounds} alternating rounds)`);
  for (const [name, a, n] of rows) {
    console.log(`${name.padEnd(width)}${a.toFixed(1).padStart(10)}${n.toFixed(1).padStart(10)}${(n / a).toFixed(2).padStart(13)}`);
  }
}

async function main() {
  if (process.env.BENCH_CASE) {
    const dir = process.env.BENCH_DIR;
    console.log(JSON.stringify(await time(cases(dir)[process.env.BENCH_CASE])));
    return;
  }
  if (process.argv[2] === '--compare') {
    compare(process.argv[3], process.argv[4] || 'node');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-bench-'));
  const results = {};
  try {
    makeFixtures(dir);
    const all = cases(dir);
    for (const name of Object.keys(all)) {
      if (process.env.BENCH_SHARED_PROCESS) {
        results[name] = await time(all[name]);
        continue;
      }
      const env = { ...process.env, BENCH_CASE: name, BENCH_DIR: dir };
      results[name] = JSON.parse(execFileSync(process.execPath, [...process.execArgv, __filename], { env, encoding: 'utf8' }));
    }
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
  console.log(JSON.stringify(results));
}
main();
