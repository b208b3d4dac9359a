'use strict';
// Buffers whose memory Apus allocates (allocUnsafe, file reads) are collected once dropped,
// also after a moment with a large live buffer, which makes the engine wait long before its
// next full collection: resident memory stays near what is alive, not several times it.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const MB = 1 << 20;
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };

let large = Buffer.allocUnsafe(128 * MB).fill(1);
sample();
large = null;
for (let i = 0; i < 24; i++) {
  Buffer.allocUnsafe(32 * MB).fill(i);
  sample();
}
const base = process.memoryUsage().rss;
assert.ok(peak < 450 * MB, `resident memory reached ${peak / MB | 0} MB`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-collect-'));
const file = path.join(dir, 'data');
fs.writeFileSync(file, Buffer.alloc(24 * MB, 'x'));
peak = 0;
for (let i = 0; i < 20; i++) {
  assert.strictEqual(fs.readFileSync(file).length, 24 * MB);
  sample();
}
fs.rmSync(dir, { recursive: true });
assert.ok(peak < base + 250 * MB, `reading a 24 MB file 20 times reached ${peak / MB | 0} MB`);
