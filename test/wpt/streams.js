'use strict';
// The WPT streams tests of the Node suite's fixtures, run through tools/wpt: the count of
// passing subtests may only grow. Skipped, with a message, where the suite is absent.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

// Must match the subtests passing when this was last raised.
const minimumPassing = 1031;

const suite = process.env.APUS_NODE_TEST || path.join(os.homedir(), '.cache', 'apus', 'node-test');
const wptRoot = path.join(suite, 'test', 'fixtures', 'wpt');
if (!fs.existsSync(path.join(wptRoot, 'streams'))) {
  console.log(`wpt streams: skipped: the Node test suite is not at ${suite}`);
  process.exit(0);
}
const runner = path.join(__dirname, '..', '..', 'tools', 'wpt', 'run.js');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apus-wpt-')), 'summary.json');
const child = spawnSync(process.execPath, [runner, wptRoot, 'streams', '--json', out], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
const { passed, total } = JSON.parse(fs.readFileSync(out, 'utf8'));
fs.rmSync(path.dirname(out), { recursive: true });
console.log(`wpt streams: ${passed}/${total}`);
assert.ok(passed >= minimumPassing, `${passed} WPT streams subtests pass, fewer than ${minimumPassing}`);
