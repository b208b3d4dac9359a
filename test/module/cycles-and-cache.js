// require.cache, module.loaded/children/parent, JSON errors naming the file, and cycles.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-cjs-'));
fs.writeFileSync(path.join(dir, 'a.js'), "exports.fromA = 1; const b = require('./b'); exports.bSawA = b.sawA;");
fs.writeFileSync(path.join(dir, 'b.js'), "exports.sawA = require('./a').fromA;");
fs.writeFileSync(path.join(dir, 'bad.json'), '{ nope');
const a = require(path.join(dir, 'a.js'));
assert.strictEqual(a.bSawA, 1);
const cached = require.cache[path.join(dir, 'a.js')];
assert.strictEqual(cached.loaded, true);
assert.strictEqual(cached.children[0].id, path.join(dir, 'b.js'));
assert.throws(() => require(path.join(dir, 'bad.json')), (err) => err instanceof SyntaxError &&
  err.message.startsWith(`${path.join(dir, 'bad.json')}: `));
assert.strictEqual(require('node:path'), require('path'));
assert.strictEqual(require('module').isBuiltin('node:fs'), true);
fs.rmSync(dir, { recursive: true });
