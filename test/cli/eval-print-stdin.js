// -e, -p, -pe, a script on stdin, and arguments after the script.
const assert = require('assert');
const { spawnSync } = require('child_process');
const run = (args, input) => spawnSync(process.execPath, args, { encoding: 'utf8', input });
assert.strictEqual(run(['-e', 'console.log(process.argv.slice(1).join(","))', 'a', 'b']).stdout, 'a,b\n');
assert.strictEqual(run(['-p', '6 * 7']).stdout, '42\n');
assert.strictEqual(run(['-pe', '[1, "x"]']).stdout, "[ 1, 'x' ]\n");
assert.strictEqual(run([], 'console.log("from stdin")').stdout, 'from stdin\n');
assert.strictEqual(run(['-'], 'console.log(typeof require)').stdout, 'function\n');
assert.strictEqual(run(['-v']).stdout, `${process.version}\n`);
const r = run(['-r', 'path', '-e', 'console.log(require.cache !== undefined)']);
assert.strictEqual(r.stdout, 'true\n');
