// An unknown option is rejected before anything runs: "apus: bad option: --x", status 9.
const assert = require('assert');
const { spawnSync } = require('child_process');
const result = spawnSync(process.execPath, ['--definitely-not-an-option', '-e', 'console.log(1)'], { encoding: 'utf8' });
assert.strictEqual(result.status, 9);
assert.strictEqual(result.stdout, '');
assert.match(result.stderr, /: bad option: --definitely-not-an-option\n$/);
