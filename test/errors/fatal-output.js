// An uncaught error prints the source line with a caret (under `throw` for an error made in a
// throw statement), the V8-format stack, and exits 1;
// 'exit' listeners still run.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'apus-fatal-')), 'boom.js');
fs.writeFileSync(file, "process.on('exit', (c) => console.log('exit', c));\nfunction f() {\n  throw new TypeError('boom');\n}\nf();\n");
const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'exit 1\n');
const lines = r.stderr.split('\n');
assert.strictEqual(lines[0], `${file}:3`);
assert.strictEqual(lines[1], "  throw new TypeError('boom');");
// The caret is under `throw`, where V8 reports a throw statement's error.
assert.strictEqual(lines[2], '  ^');
assert.strictEqual(lines[4], 'TypeError: boom');
assert.match(lines[5], new RegExp(`^    at f \\(${file.replace(/[.]/g, '\\.')}:3:\\d+\\)$`));
assert.match(r.stderr, /\nNode\.js v20\.11\.1\n$/);
