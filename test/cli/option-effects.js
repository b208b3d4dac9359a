'use strict';
// Options that change behaviour do what Node's do: --trace-exit, --no-extra-info-on-fatal-exception,
// --expose-gc-as, --zero-fill-buffers, --no-global-search-paths, --no-addons, --conditions/-C;
// options for features Apus does not build stop the program with ERR_NOT_IMPLEMENTED, and
// --inspect only warns.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const run = (args, options = {}) => spawnSync(process.execPath, args, { encoding: 'utf8', ...options });

const traced = run(['--trace-exit', '-e', 'function leave() { process.exit(3); } leave();']);
assert.strictEqual(traced.status, 3);
assert.match(traced.stderr, /^\(node:\d+\) WARNING: Exited the environment with code 3\n {4}at exit /);
assert.match(traced.stderr, /\n {4}at leave \(\[eval\]:1:/);
assert.strictEqual(run(['-e', 'process.exit(0)']).stderr, '');

const fatal = (flags) => run([...flags, '-e', 'throw new Error("x")']).stderr;
assert.match(fatal([]), /\n\nNode\.js v20\.11\.1\n$/);
assert.doesNotMatch(fatal(['--no-extra-info-on-fatal-exception']), /Node\.js/);

assert.strictEqual(run(['--expose-gc-as=collect', '-p', 'typeof collect + " " + typeof gc']).stdout, 'function undefined\n');
assert.strictEqual(run(['--zero-fill-buffers', '-p',
  '[8, 1000, 100000].every((n) => Buffer.allocUnsafe(n).every((b) => b === 0) && Buffer.allocUnsafeSlow(n).every((b) => b === 0))']).stdout,
'true\n');
assert.strictEqual(run(['--no-global-search-paths', '-p', 'require("module").globalPaths.length'],
  { env: { ...process.env, NODE_PATH: '/tmp' } }).stdout, '0\n');

const addon = run(['--no-addons', '-e', 'try { process.dlopen({ exports: {} }, "/x.node"); } catch (e) { console.log(e.code, e.message); }']);
assert.strictEqual(addon.stdout, 'ERR_DLOPEN_DISABLED Cannot load native addon because loading addons is disabled.\n');

// A package whose exports choose by condition.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-conditions-'));
const pkg = path.join(dir, 'node_modules', 'pick');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({
  name: 'pick', exports: { custom: './custom.js', 'node-addons': './addons.js', default: './default.js' },
}));
for (const name of ['custom', 'addons', 'default']) fs.writeFileSync(path.join(pkg, `${name}.js`), `module.exports = '${name}';`);
const pick = (flags) => run([...flags, '-p', 'require("pick")'], { cwd: dir }).stdout.trim();
assert.strictEqual(pick([]), 'addons');
assert.strictEqual(pick(['--no-addons']), 'default');
assert.strictEqual(pick(['--conditions=custom']), 'custom');
assert.strictEqual(pick(['-C', 'custom', '--no-addons']), 'custom');
assert.strictEqual(run(['-p', 'require("pick")'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '-C custom' } }).stdout, 'custom\n');
fs.rmSync(dir, { recursive: true });

for (const flags of [['--watch'], ['--loader', './hooks.mjs'], ['--frozen-intrinsics'], ['--experimental-default-type=module']]) {
  const refused = run([...flags, '-e', 'console.log("ran")']);
  assert.strictEqual(refused.status, 1, flags.join(' '));
  assert.strictEqual(refused.stdout, '');
  assert.match(refused.stderr, /\[ERR_NOT_IMPLEMENTED\]/);
}
const inspect = run(['--inspect', '-e', 'console.log("ran")']);
assert.strictEqual(inspect.stdout, 'ran\n');
assert.match(inspect.stderr, /Warning: The inspector is not available in Apus: --inspect has no effect\./);
