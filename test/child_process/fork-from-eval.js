'use strict';
// A program given with -e or -p that forks a module passes its other options to the child but
// not its own code (the child would run it again and fork again, for ever), also when the code
// was written `\-...` (node 20 misses that form and forks without end: not a test to run there).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-fork-eval-'));
const child = path.join(dir, 'child.js');
fs.writeFileSync(child, 'console.log(JSON.stringify(process.execArgv));');
const code = `require('child_process').fork(${JSON.stringify(child)})`;
for (const args of [['--no-warnings', '-e', code], ['--no-warnings', `--eval=${code}`], ['--no-warnings', '-p', `${code}, 0`],
  ['--no-warnings', '-e', `\\-1; ${code}`]]) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(result.status, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.strictEqual(lines.at(-1), '["--no-warnings"]', args.join(' '));
}
fs.rmSync(dir, { recursive: true });
