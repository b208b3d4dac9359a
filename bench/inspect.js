// util.inspect of large structures, in ms per call (median of 5).
const util = require('util');
const nested = [];
for (let i = 0; i < 10000; i++) nested.push({ id: i, name: `item ${i}`, tags: ['a', 'b'], meta: { x: i, y: [i, i + 1] } });
const map = new Map(nested.map((item) => [item.name, item]));
let chain = {};
const circular = chain;
for (let i = 0; i < 300; i++) {
  chain.next = { circular, last: chain, obj: { a: 1, b: 2, c: true } };
  chain = chain.next;
  circular[i] = chain;
}
const cases = {
  'nested 10k, depth Infinity': () => util.inspect(nested, { depth: Infinity, maxArrayLength: Infinity }),
  'nested 10k, defaults': () => util.inspect(nested),
  'Map 10k, depth Infinity': () => util.inspect(map, { depth: Infinity, maxArrayLength: Infinity }),
  'deep circular chain': () => util.inspect(circular, { depth: Infinity }),
};
require('./median.js')(cases);
