'use strict';
// Pending deprecations (here DEP0040, the punycode module) warn with --pending-deprecation,
// given on the command line or in NODE_OPTIONS, or with NODE_PENDING_DEPRECATION=1, and only
// when a program loads the module itself: Apus's own use of punycode (URL hosts) never warns.
const assert = require('assert');
const { spawnSync } = require('child_process');
const warns = (args, env = {}) => {
  const { stderr, status } = spawnSync(process.execPath, args,
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_PENDING_DEPRECATION: '', ...env } });
  assert.strictEqual(status, 0, stderr);
  return stderr.includes('[DEP0040] DeprecationWarning: The `punycode` module is deprecated.');
};
const load = ['-e', 'require("punycode")'];
assert.strictEqual(warns(load), false);
assert.strictEqual(warns(['--pending-deprecation', ...load]), true);
assert.strictEqual(warns(load, { NODE_OPTIONS: '--pending-deprecation' }), true);
assert.strictEqual(warns(load, { NODE_PENDING_DEPRECATION: '1' }), true);
assert.strictEqual(warns(['--pending-deprecation', '-e', 'require("url").domainToUnicode("xn--tda.com")']), false);
