'use strict';
// For the project's WPT tests (test/wpt): runs one subdirectory of the WPT tree in the Node
// suite's fixtures through run.js and fails if fewer subtests pass than `minimumPassing`, the
// count when it was last raised (it may only grow). Skipped, with a message, where the suite is
// absent.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function checkSuite(subdirectory, minimumPassing) {
  const suite = process.env.APUS_NODE_TEST || path.join(os.homedir(), '.cache', 'apus', 'node-test');
  const wptRoot = path.join(suite, 'test', 'fixtures', 'wpt');
  if (!fs.existsSync(path.join(wptRoot, subdirectory))) {
    console.log(`wpt ${subdirectory}: skipped: the Node test suite is not at ${suite}`);
    return;
  }
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apus-wpt-')), 'summary.json');
  const child = spawnSync(process.execPath, [path.join(__dirname, 'run.js'), wptRoot, subdirectory, '--json', out],
    { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  const { passed, total } = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true });
  console.log(`wpt ${subdirectory}: ${passed}/${total}`);
  assert.ok(passed >= minimumPassing, `${passed} WPT ${subdirectory} subtests pass, fewer than ${minimumPassing}`);
}

module.exports = { checkSuite };
