'use strict';
// Inspecting and deep-comparing large arrays and typed arrays does not list their indices (a
// ten-million-byte Buffer took seconds), and their own named and symbol properties still show.
const assert = require('assert');
let t = process.hrtime.bigint();
assert.deepStrictEqual(Buffer.alloc(1e7), Buffer.alloc(1e7)); console.log('buf deep', Number(process.hrtime.bigint() - t) / 1e6 < 2000);
t = process.hrtime.bigint();
assert.deepStrictEqual(new Array(1e6).fill(1), new Array(1e6).fill(1)); console.log('arr deep', Number(process.hrtime.bigint() - t) / 1e6 < 2000);
const a = Buffer.alloc(1000), b = Buffer.alloc(1000); a.x = 1;
assert.throws(() => assert.deepStrictEqual(a, b)); b.x = 1; assert.deepStrictEqual(a, b);
const c = new Array(1000).fill(0), d = new Array(1000).fill(0); c.k = 'v';
assert.throws(() => assert.deepStrictEqual(c, d)); d.k = 'v'; assert.deepStrictEqual(c, d);
const s = Symbol('s'); const e = new Uint16Array(500), f = new Uint16Array(500); e[s] = 1;
assert.throws(() => assert.deepStrictEqual(e, f)); assert.deepEqual(e, f);
console.log(require('util').inspect(c).slice(-30), require('util').inspect(e, { showHidden: true }).slice(-40));
console.log(require('util').inspect(new Array(300).fill(0), { showHidden: true }).slice(-40));
const util = require('util');
for (const value of [Buffer.alloc(1e7), new Uint8Array(1e6), new Array(1e6).fill(1), new Float64Array(1e6)]) {
  const start = process.hrtime.bigint();
  const text = util.inspect(value);
  console.log(text.length, Number(process.hrtime.bigint() - start) / 1e6 < 2000);
}
const big = Buffer.alloc(5000);
big.tag = 'extra';
console.log(util.inspect(big).slice(-30), util.inspect(Object.assign(new Array(400).fill('x'), { n: 1 })).slice(-20));
