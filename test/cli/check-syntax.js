// -c compiles without running: a valid file prints nothing, a broken one fails with status 1.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-check-'));
fs.writeFileSync(path.join(dir, 'ok.js'), 'console.log("ran")\n');
fs.writeFileSync(path.join(dir, 'bad.js'), 'let a = ;\n');
const ok = spawnSync(process.execPath, ['-c', path.join(dir, 'ok.js')], { encoding: 'utf8' });
assert.strictEqual(ok.status, 0);
assert.strictEqual(ok.stdout, '');
const bad = spawnSync(process.execPath, ['--check', path.join(dir, 'bad.js')], { encoding: 'utf8' });
assert.strictEqual(bad.status, 1);
assert.match(bad.stderr, /bad\.js:1\nlet a = ;\n {8}\^\n\nSyntaxError: Unexpected token ';'/);
fs.rmSync(dir, { recursive: true });
