'use strict';
// 100 MB written through a write stream by a process that exits in the 'finish' handler:
// the file is complete.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const size = 100 * 1024 * 1024;
if (process.argv[2] === 'child') {
  const w = fs.createWriteStream(process.argv[3]);
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let written = 0;
  (function writeMore() {
    while (written < size) {
      written += chunk.length;
      if (!w.write(chunk)) return w.once('drain', writeMore);
    }
    w.end();
  })();
  w.on('finish', () => process.exit(0));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-no-loss-'));
  const file = path.join(dir, 'big');
  const child = spawnSync(process.execPath, [__filename, 'child', file], { stdio: 'inherit' });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(fs.statSync(file).size, size);
  fs.rmSync(dir, { recursive: true });
}
