'use strict';
// --import in NODE_OPTIONS loads before the command line's, and both before the main script.
const assert = require('assert');
const { spawnSync } = require('child_process');
const result = spawnSync(process.execPath, ['--import', './fixtures/order-1.mjs', '-e', "console.log('main')"],
  { encoding: 'utf8', cwd: __dirname, env: { ...process.env, NODE_OPTIONS: '--import ./fixtures/order-3.mjs' } });
assert.strictEqual(result.stdout, 'order-3\norder-1\nmain\n');
