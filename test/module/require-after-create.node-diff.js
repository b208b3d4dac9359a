'use strict';
// A module file created after require() failed to find it is found by the next require(), in
// the same top-level run and later; Module._stat reports files, directories and neither, and
// setting it warns once as experimental.
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-require-after-create-'));
const load = (name) => {
  try {
    return require(path.join(dir, name));
  } catch (e) {
    return e.code;
  }
};
console.log('before', load('late'));
fs.writeFileSync(path.join(dir, 'late.js'), 'module.exports = "found";');
console.log('after', load('late'));
console.log('stat', Module._stat(path.join(dir, 'late.js')), Module._stat(dir), Module._stat(path.join(dir, 'none')) < 0);
const descriptor = Object.getOwnPropertyDescriptor(Module, '_stat');
console.log('descriptor', descriptor.enumerable, descriptor.configurable, typeof descriptor.get, typeof descriptor.set);
process.removeAllListeners('warning');
process.on('warning', (warning) => console.log('warning', warning.name, warning.message));
const original = Module._stat;
Module._stat = (filename) => original(filename);
setTimeout(() => {
  console.log('timer before', load('later.json'));
  fs.writeFileSync(path.join(dir, 'later.json'), '{"a": 1}');
  console.log('timer after', load('later.json'));
  fs.rmSync(dir, { recursive: true });
});
