'use strict';
// The variables Apus sets for its engine at start-up are gone from the environment before the
// program runs: process.env and child processes do not see them, while a user's own value for
// one of them stays.
const assert = require('assert');
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['-p', 'Object.keys(process.env).filter((k) => k.startsWith("JSC_")).join()'],
  { encoding: 'utf8', env: { PATH: process.env.PATH } });
assert.strictEqual(child.stdout, '\n');
const own = spawnSync(process.execPath, ['-p', 'process.env.JSC_useTailCalls'], { encoding: 'utf8', env: { JSC_useTailCalls: '0' } });
assert.strictEqual(own.stdout, '0\n');
