'use strict';
// v8.getHeapStatistics: Node's fields, in Node's order, all numbers; the heap in use grows with
// what the program keeps, and the limit is the memory the process may have. And
// v8.cachedDataVersionTag and v8.getHeapSpaceStatistics.
const assert = require('assert');
const os = require('os');
const v8 = require('v8');

const fields = ['total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory'];
const before = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(before), fields);
for (const field of fields) assert.ok(Number.isInteger(before[field]) && before[field] >= 0, field);
assert.ok(before.used_heap_size <= before.total_heap_size);
assert.strictEqual(before.heap_size_limit, process.constrainedMemory() ?? os.totalmem());
assert.strictEqual(before.total_available_size, before.heap_size_limit - before.used_heap_size);

const kept = Array.from({ length: 200000 }, (_, i) => ({ i }));
const after = v8.getHeapStatistics();
assert.ok(after.total_heap_size > before.total_heap_size + 4e6, `${after.total_heap_size} vs ${before.total_heap_size}`);
const external = v8.getHeapStatistics().external_memory;
const buffer = new ArrayBuffer(32 * 1024 * 1024);
assert.ok(v8.getHeapStatistics().external_memory >= external + buffer.byteLength);
assert.strictEqual(kept.length, 200000);

// cachedDataVersionTag: an unsigned 32-bit number, the same on every call.
const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag >= 0 && tag < 2 ** 32);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

// getHeapSpaceStatistics: the engine's one heap as V8's "old_space", with node's fields.
const spaces = v8.getHeapSpaceStatistics();
assert.strictEqual(spaces.length, 1);
assert.deepStrictEqual(Object.keys(spaces[0]),
  ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
assert.strictEqual(spaces[0].space_name, 'old_space');
assert.ok(spaces[0].space_used_size > 0 && spaces[0].space_used_size <= spaces[0].space_size);
