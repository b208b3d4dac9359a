'use strict';
// util.inspect shows what a Map or Set iterator has left, in every kind and state, and leaves
// the iterator where it was.
const util = require('util');
const show = (label, value, options) => console.log(label, util.inspect(value, options));

const map = new Map([[1, 'a'], [2, { nested: { deep: [1, 2] } }], ['three', new Set([3])]]);
const set = new Set(['x', { y: 1 }, 3]);
show('map entries', map.entries());
show('map keys', map.keys());
show('map values', map.values());
show('map default', map[Symbol.iterator]());
show('set values', set.values());
show('set keys', set.keys());
show('set entries', set.entries());
show('empty map', new Map().entries());
show('empty set', new Set().values());

const stepped = map.entries();
stepped.next();
show('after one step', stepped);
console.log('still there', stepped.next().value[0], stepped.next().value[0], stepped.next().done);
show('exhausted', stepped);
const keys = set.keys();
for (const key of keys) if (key === 3) break;
show('exhausted by for-of', keys);

const shrinking = new Map([[1, 1], [2, 2], [3, 3], [4, 4]]);
const shrinkingKeys = shrinking.keys();
shrinkingKeys.next();
shrinking.delete(3);
show('after a delete', shrinkingKeys);
console.log('iterates on', [...shrinkingKeys]);
const growing = new Set([1]);
const growingValues = growing.values();
for (let i = 2; i < 40; i++) growing.add(i);
show('made before the set grew', growingValues, { breakLength: Infinity });
const cleared = new Map([[1, 1], [2, 2]]);
const clearedEntries = cleared.entries();
cleared.clear();
cleared.set('after', 'clear');
show('made before a clear', clearedEntries);

const big = new Map(Array.from({ length: 150 }, (_, i) => [i, i * 2]));
show('long', big.values());
show('maxArrayLength 2', big.entries(), { maxArrayLength: 2 });
show('depth 0', map.entries(), { depth: 0 });
show('nested in object', { it: set.values(), m: map.keys() });
show('compact false', new Map([[1, 2]]).entries(), { compact: false });
