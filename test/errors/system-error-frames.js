'use strict';
// A failed system call's error starts its stack at the fs function the program called, as in
// V8 (no frame for the helper that builds the error or for the native binding); one delivered
// to a callback later has no frames at all.
const assert = require('assert');
const fs = require('fs');

try {
  fs.readFileSync('/nonexistent/apus-test');
  assert.fail('readFileSync did not throw');
} catch (error) {
  const lines = error.stack.split('\n');
  assert.strictEqual(lines[0], "Error: ENOENT: no such file or directory, open '/nonexistent/apus-test'");
  assert.match(lines[1], /^ {4}at (Object\.)?openSync \(node:fs:\d+:\d+\)$/);
  assert.ok(!error.stack.includes('uvException'), error.stack);
}

fs.stat('/nonexistent/apus-test', (error) => {
  assert.strictEqual(error.code, 'ENOENT');
  assert.strictEqual(error.stack, "Error: ENOENT: no such file or directory, stat '/nonexistent/apus-test'");
  console.log('ok');
});
