'use strict';
// An error a builtin module throws with one of Node's codes starts its stack at the code that
// threw, whether the module read the code's class before the rest of the codes were loaded
// (a stand-in constructor) or after: no constructor or engine frames on top.
const assert = require('assert');
const { EventEmitterAsyncResource } = require('events');

const getter = Object.getOwnPropertyDescriptor(EventEmitterAsyncResource.prototype, 'asyncId').get;
// Not a tail call: the engine drops the frames of strict-mode tail calls.
function readWrongThis() { const value = getter.call({}); return value; }
function caught(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('no error');
}
for (let i = 0; i < 2; i++) {
  const error = caught(readWrongThis);
  assert.strictEqual(error.code, 'ERR_INVALID_THIS');
  const frames = error.stack.split('\n').filter((line) => line.startsWith('    at '));
  assert.match(frames[0], /event_emitter_async_resource|events/);
  assert.doesNotMatch(frames[0], /native|NodeError|createNodeError/);
  assert.ok(frames.some((line) => line.includes('readWrongThis')));
  assert.ok(error instanceof TypeError);
}

function readPastEnd() { const value = Buffer.alloc(1).readUInt8(5); return value; }
const outOfRange = caught(readPastEnd);
assert.strictEqual(outOfRange.code, 'ERR_OUT_OF_RANGE');
assert.ok(outOfRange instanceof RangeError);
assert.doesNotMatch(outOfRange.stack.split('\n')[1], /native|NodeError/);
