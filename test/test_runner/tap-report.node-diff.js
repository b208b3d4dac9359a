'use strict';
// node:test run directly: which tests pass, fail, skip or are todo, their nesting, the summary
// counts and the exit status match node's TAP report (durations and stacks left out).
const { spawnSync } = require('child_process');
const result = spawnSync(process.execPath, ['fixtures/suite.js'], { encoding: 'utf8' });
const kept = result.stdout.split('\n').filter((line) =>
  /^\s*(ok|not ok|# Subtest|1\.\.|# (tests|suites|pass|fail|cancelled|skipped|todo) |# a diagnostic)/.test(line) ||
  /^\s*(failureType|error|code):/.test(line) || /^[a-z,]+$/.test(line));
console.log(kept.join('\n'));
console.log('status', result.status);
