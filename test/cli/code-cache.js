'use strict';
// The builtins' bytecode comes from the code cache beside the binary: a start-up compiles
// almost nothing, while the same binary without the file compiles every function it runs. A
// cache made for other sources is ignored, and the program still runs.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const cacheFile = `${process.execPath}.codecache`;
if (!fs.existsSync(cacheFile)) {
  console.log(`skipped: no code cache beside ${process.execPath} (make builds it)`);
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-code-cache-'));
const script = path.join(dir, 'hello.js');
fs.writeFileSync(script, 'console.log(require("path").join("a", "b"));\n');

function compiledFunctions(binary) {
  const result = spawnSync(binary, [script], {
    env: { ...process.env, JSC_reportBytecodeCompileTimes: '1' },
    encoding: 'utf8',
  });
  assert.strictEqual(result.status, 0, result.stderr);
  assert.strictEqual(result.stdout, `a${path.sep}b\n`);
  return result.stderr.split('\n').filter((line) => line.startsWith('Compiled ')).length;
}

try {
  const withCache = compiledFunctions(process.execPath);

  const bare = path.join(dir, 'apus');
  fs.copyFileSync(process.execPath, bare);
  fs.chmodSync(bare, 0o755);
  const withoutCache = compiledFunctions(bare);
  assert.ok(withoutCache > 100, `without the cache ${withoutCache} functions were compiled`);
  assert.ok(withCache * 5 < withoutCache,
            `with the cache ${withCache} functions were compiled (${withoutCache} without); ` +
            'a cache made before lib/ last changed is ignored: `make` rebuilds it');

  // A cache file that is not this build's: same size, one byte of its header changed.
  const stale = Buffer.from(fs.readFileSync(cacheFile));
  stale[60] ^= 0xff;
  fs.writeFileSync(`${bare}.codecache`, stale);
  assert.strictEqual(compiledFunctions(bare), withoutCache);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
