'use strict';
// AssertionError messages: the "+ actual - expected" line diff (trailing context, collapsed runs
// of identical lines, the trailing-comma rule, the caret under a one-line difference), errors
// compared without their stacks, and assert.ok's message from the call's source.
const assert = require('assert');
const show = (fn) => {
  try {
    fn();
  } catch (error) {
    console.log(JSON.stringify(error.message));
  }
};
const range = (n, change) => Array.from({ length: n }, (_, i) => (i === change ? -1 : i));
show(() => assert.strictEqual('a'.repeat(20), 'b'.repeat(20)));
show(() => assert.strictEqual('hello world foo', 'hello there foo'));
show(() => assert.strictEqual(1, 2));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show(() => assert.deepStrictEqual(range(100), range(100, 50)));
show(() => assert.deepStrictEqual(range(200, 3), range(200, 150)));
show(() => assert.deepStrictEqual([1, 2], [1, 2, 3, 4, 5, 6, 7, 8]));
show(() => assert.deepStrictEqual({ a: [1, 2, { b: 'c' }], d: new Map([[1, 2]]) }, { a: [1, 2, { b: 'x' }], d: new Map() }));
const a = new TypeError('foo');
const b = new TypeError('foo');
a.extra = 'bar';
b.extra = 'baz';
show(() => assert.deepStrictEqual(a, b));
// A block body: in strict code the engine makes `() => assert.ok(...)` a proper tail call, which
// leaves no frame for the call's source.
show(() => { assert.ok(typeof 123 === 'string'); });
show(() => [0].forEach(assert.ok));
