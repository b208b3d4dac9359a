'use strict';
// Runs one WPT test file in this process: testharness.js and the file's META scripts are
// run as scripts of the global scope, and the results are printed as one JSON line.
// Usage: apus run-file.js <wpt-root> <test-file>

const fs = require('fs');
const path = require('path');

const [wptRoot, testFile] = process.argv.slice(2);
const vm = require('vm');

globalThis.self = globalThis;
globalThis.GLOBAL = {
  isWindow: () => false,
  isShadowRealm: () => false,
  isWorker: () => false,
};

// As a classic script: its top-level `const` and `let` are visible to the scripts after it, as
// with the <script> elements a browser runs the tests in.
function load(file) {
  vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
}

load(path.join(wptRoot, 'resources', 'testharness.js'));

const results = [];
add_result_callback((test) => {
  results.push({ name: test.name, status: test.status, message: test.message ?? null });
});
add_completion_callback((tests, harness) => {
  process.stdout.write(`${JSON.stringify({ results, harness: harness.status, message: harness.message ?? null })}\n`);
  process.exit(0);
});

const source = fs.readFileSync(testFile, 'utf8');
for (const [, script] of source.matchAll(/^\/\/ META: script=(.+)$/gm)) {
  load(script.startsWith('/') ? path.join(wptRoot, script) : path.resolve(path.dirname(testFile), script));
}
load(testFile);
