'use strict';
// `--no-x` turns a boolean option off and the last of `--x`/`--no-x` wins; negating an option
// that takes a value, or one that does not exist, is a bad option (status 9) named as the
// program was invoked; -c cannot go with -e or -p; --allow-* needs --experimental-permission,
// which is refused rather than ignored.
const assert = require('assert');
const { spawnSync } = require('child_process');
const run = (args) => spawnSync(process.execPath, args, { encoding: 'utf8' });
const warns = (flags) => run([...flags, '-e', 'new Buffer(0)']).stderr.includes('Buffer() is deprecated');

assert.strictEqual(warns([]), true);
assert.strictEqual(warns(['--no-warnings']), false);
assert.strictEqual(warns(['--no-warnings', '--warnings']), true);
assert.strictEqual(warns(['--warnings', '--no-warnings']), false);
assert.strictEqual(warns(['--no-deprecation', '--deprecation']), true);
assert.strictEqual(run(['--expose-gc', '--no-expose-gc', '-p', 'typeof gc']).stdout, 'undefined\n');
assert.strictEqual(run(['--no-expose-gc', '--expose-gc', '-p', 'typeof gc']).stdout, 'function\n');

const invalid = run(['--no-stack-trace-limit', '-e', '0']);
assert.strictEqual(invalid.status, 9);
assert.strictEqual(invalid.stderr,
  `${process.execPath}: --no-stack-trace-limit is an invalid negation because it is not a boolean option\n`);
const unknown = run(['--no-such-option-at-all', '-e', '0']);
assert.strictEqual(unknown.status, 9);
assert.strictEqual(unknown.stderr, `${process.execPath}: bad option: --no-such-option-at-all\n`);
const missing = run(['--eval']);
assert.strictEqual(missing.status, 9);
assert.strictEqual(missing.stderr, `${process.execPath}: --eval requires an argument\n`);

for (const args of [['-c', '-e', '1'], ['--check', '-p', '1'], ['-e', '1', '-c']]) {
  const both = run(args);
  assert.strictEqual(both.status, 9, args.join(' '));
  assert.strictEqual(both.stderr, `${process.execPath}: either --check or --eval can be used, not both\n`);
}

const allow = run(['--allow-fs-read=*', '-e', 'console.log("ran")']);
assert.strictEqual(allow.status, 1);
assert.strictEqual(allow.stdout, '');
assert.match(allow.stderr, /TypeError \[ERR_MISSING_OPTION\]: --experimental-permission is required/);
const permission = run(['--experimental-permission', '-e', 'console.log("ran")']);
assert.strictEqual(permission.status, 1);
assert.strictEqual(permission.stdout, '');
assert.match(permission.stderr, /\[ERR_NOT_IMPLEMENTED\]/);
