'use strict';
// --input-type=module runs -e and stdin code as an ES module at "[eval1]" in the working
// directory (static imports, top-level await, import.meta); -p refuses ESM input; another
// value is a bad option (exit 9). --check compiles an ES module entry as a module.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const run = (args, input) => spawnSync(process.execPath, args, { encoding: 'utf8', input, cwd: __dirname });
const url = pathToFileURL(path.join(__dirname, '[eval1]')).href;

let result = run(['--input-type=module', '-e', "import { join } from 'node:path'; console.log(join('a', 'b'), import.meta.url)"]);
assert.strictEqual(result.stdout, `a/b ${url}\n`);
result = run(['--input-type', 'module'], "console.log(await Promise.resolve(5), typeof require)");
assert.strictEqual(result.stdout, '5 undefined\n');
result = run(['--input-type=module', '-p', '1']);
assert.strictEqual(result.status, 1);
assert.match(result.stderr, /ERR_EVAL_ESM_CANNOT_PRINT/);
result = run(['--input-type=commonjs', '-e', 'console.log(typeof require)']);
assert.strictEqual(result.stdout, 'function\n');
result = run(['--input-type=other', '-e', '1']);
assert.strictEqual(result.status, 9);
assert.match(result.stderr, /--input-type must be "module" or "commonjs"/);

// --check compiles an ES module entry as a module, without running it or loading its imports.
result = run(['--check', 'fixtures/bindings.mjs']);
assert.strictEqual(result.status, 0);
assert.strictEqual(result.stdout, '');
result = run(['--check', 'fixtures/syntax-error.mjs']);
assert.strictEqual(result.status, 1);
assert.match(result.stderr, /SyntaxError/);
