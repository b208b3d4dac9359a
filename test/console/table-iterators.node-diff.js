'use strict';
// console.table of Map and Set iterators: the entries they have left, as Node lays them out.
const m = new Map([[1, 'a'], [2, { b: 1 }]]);
const s = new Set(['x', 2]);
console.table(m.entries()); console.table(m.keys()); console.table(m.values());
console.table(s.values()); console.table(s.entries());
const it = m.entries(); it.next(); console.table(it);
console.table([1, 2].values());
