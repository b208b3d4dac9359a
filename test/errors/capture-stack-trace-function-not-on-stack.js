'use strict';
// Error.captureStackTrace(target, fn) keeps the frames below fn's call; when fn is not on the
// stack at all, no frame is kept (the stack is the header alone), as in V8.
const assert = require('assert');

function notCalled() {}
function capture(fn) {
  const target = { message: 'm' };
  Error.captureStackTrace(target, fn);
  return target.stack;
}
function caller() { return capture(capture); }

assert.strictEqual(capture(notCalled), 'Error: m');
const below = caller().split('\n');
assert.strictEqual(below[0], 'Error: m');
assert.match(below[1], /^ {4}at caller \(.*capture-stack-trace-function-not-on-stack\.js:\d+:\d+\)$/);
assert.match(capture(undefined).split('\n')[1], /^ {4}at capture \(/);
