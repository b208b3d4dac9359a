'use strict';
// node:test: the test runner for a file run directly (see internal/test_runner/harness).

const harness = require('internal/test_runner/harness');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const { test } = harness;
Object.assign(test, harness);
test.test = test;
// Running other files in child processes (run(), --test) is not built yet.
test.run = function run() { throw new ERR_NOT_IMPLEMENTED('test.run'); };
module.exports = test;
