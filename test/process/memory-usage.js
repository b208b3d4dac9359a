'use strict';
// process.memoryUsage(): every field a number, the heap's own figures apart from external
// memory, heapUsed growing with live objects, and cheap enough to call often (it once walked
// the whole heap on every call, ~20 ms each).
const assert = require('assert');

const first = process.memoryUsage();
assert.deepStrictEqual(Object.keys(first), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const [name, value] of Object.entries(first)) assert.ok(Number.isFinite(value) && value >= 0, `${name}: ${value}`);
assert.ok(first.heapUsed <= first.heapTotal, `${first.heapUsed} > ${first.heapTotal}`);
// Called before any collection has run, too: the heap is in use from the start.
assert.ok(first.heapUsed > 0 && first.heapTotal > 0, `${first.heapUsed} / ${first.heapTotal}`);
assert.ok(first.rss > first.heapUsed);

const kept = [];
for (let i = 0; i < 200000; i++) kept.push({ i, text: `item ${i}` });
const second = process.memoryUsage();
assert.ok(second.heapUsed > first.heapUsed + 4e6, `${first.heapUsed} -> ${second.heapUsed}`);

const start = process.hrtime.bigint();
for (let i = 0; i < 200; i++) process.memoryUsage();
const perCall = Number(process.hrtime.bigint() - start) / 200 / 1e6;
assert.ok(perCall < 5, `${perCall} ms a call`);
assert.strictEqual(typeof process.memoryUsage.rss(), 'number');
assert.strictEqual(kept.length, 200000);
