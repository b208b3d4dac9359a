'use strict';
// An assertion error from assert.rejects/doesNotReject (made after their await, when nothing of
// the caller is left on the stack) still has a frame: the assertion's own.
const assert = require('assert');

(async () => {
  for (const [run, name] of [
    [() => assert.rejects(Promise.reject(null), { code: 'FOO' }), 'rejects'],
    [() => assert.rejects(Promise.resolve()), 'rejects'],
    [() => assert.doesNotReject(Promise.reject(new Error('x'))), 'doesNotReject'],
  ]) {
    const error = await run().then(() => null, (e) => e);
    assert(error instanceof assert.AssertionError);
    assert.strictEqual(error.operator, name);
    assert.match(error.stack, new RegExp(`\\n    at ${name} \\(node:assert:\\d+:\\d+\\)`));
    assert.doesNotMatch(error.stack, /expectsError|expectsNoError|expectedException/);
  }
})().then(() => console.log('ok'));
