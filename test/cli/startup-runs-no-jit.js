'use strict';
// Start-up runs in the interpreter only: no builtin function is called or loops often enough
// at start-up for the engine to compile it to machine code, which it does on a thread it
// starts for that. Checked for `-e 0` and for a file that prints a line.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-startup-jit-'));
const script = path.join(dir, 'hello.js');
fs.writeFileSync(script, 'console.log("hello world");\n');

for (const args of [['-e', '0'], [script]]) {
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, JSC_reportBaselineCompileTimes: '1', JSC_reportDFGCompileTimes: '1' },
    encoding: 'utf8',
  });
  assert.strictEqual(result.status, 0, result.stderr);
  const compiled = result.stderr.split('\n').filter((line) => line.startsWith('Optimized '));
  assert.deepStrictEqual(compiled, [], `apus ${args.join(' ')} compiled:\n${compiled.join('\n')}`);
}
fs.rmSync(dir, { recursive: true });
