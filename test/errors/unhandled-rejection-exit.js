// A rejection nobody handles is fatal by default; --unhandled-rejections=warn only warns.
const assert = require('assert');
const { spawnSync } = require('child_process');
const code = 'Promise.reject(new Error("nobody")); setTimeout(() => console.log("still alive"), 10);';
const fatal = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
assert.strictEqual(fatal.status, 1);
assert.match(fatal.stderr, /Error: nobody/);
assert.strictEqual(fatal.stdout, '');
const warn = spawnSync(process.execPath, ['--unhandled-rejections=warn', '-e', code], { encoding: 'utf8' });
assert.strictEqual(warn.status, 0);
assert.strictEqual(warn.stdout, 'still alive\n');
assert.match(warn.stderr, /UnhandledPromiseRejectionWarning/);
