// NODE_OPTIONS is read before the command line and does not show in process.execArgv.
const assert = require('assert');
const { spawnSync } = require('child_process');
const env = { ...process.env, NODE_OPTIONS: '--stack-trace-limit=3 --no-warnings' };
const r = spawnSync(process.execPath, ['-p', 'Error.stackTraceLimit + " " + process.execArgv.length'], { env, encoding: 'utf8' });
assert.strictEqual(r.stdout, '3 2\n');  // execArgv is ['-p', <expression>]
const bad = spawnSync(process.execPath, ['-e', '0'], { env: { ...process.env, NODE_OPTIONS: '--print' }, encoding: 'utf8' });
assert.strictEqual(bad.status, 9);
assert.match(bad.stderr, /--print is not allowed in NODE_OPTIONS/);
