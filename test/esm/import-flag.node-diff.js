'use strict';
// --import loads ES modules (in order, top-level await included) before the main script, -e
// code or stdin; a missing one fails with ERR_MODULE_NOT_FOUND before anything else runs.
const { spawnSync } = require('child_process');
const run = (args, input) => {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', input });
  const error = result.stderr.split('\n').find((line) => line.startsWith('Error [ERR_')) ?? '';
  console.log(result.status, JSON.stringify(result.stdout), error.replaceAll(__dirname, '<dir>'));
};
run(['--import', './fixtures/order-1.mjs', '--import=./fixtures/order-2.mjs', '-e', "console.log('main')"]);
run(['--import', './fixtures/order-1.mjs', 'fixtures/common.cjs']);
run(['--import', './fixtures/order-3.mjs'], "console.log('stdin')");
run(['--import', './fixtures/nope.mjs', '-e', "console.log('never')"]);
