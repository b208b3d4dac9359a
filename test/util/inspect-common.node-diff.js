// util.inspect and util.format of the common kinds of values print exactly what node prints.
const util = require('util');
const vals = [
  1, -0, 1.5, NaN, Infinity, 10n, 'str', "it's", 'a"b\'c', 'line\nbreak', Symbol('s'), undefined, null, true,
  [], [1, 2, 3], [1, , 3], new Array(5), Array.from({ length: 120 }, (_, i) => i), ['a', 'b'],
  {}, { a: 1, b: 'x', c: [1, 2], d: { e: { f: { g: 1 } } } }, { 'key-with-dash': 1, valid_id: 2, 3: 'num' },
  Object.create(null), new Map([[1, 'a'], ['b', { c: 2 }]]), new Set([1, 'two', [3]]), new WeakMap(),
  new Date(0), new Date(NaN), /re+g/gi,
  function named() {}, () => {}, class Foo {}, class Bar extends Map {}, async function af() {}, function* gen() {},
  new Uint8Array([1, 2, 3]), new Float64Array(2), new ArrayBuffer(4), new DataView(new ArrayBuffer(2)),
  Buffer.from('hi'), new Number(3), new String('boxed'), new Boolean(false), Object(1n),
  { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} },
  [[[[[1]]]]], { a: { b: { c: { d: { e: 1 } } } } }, new (class Point { constructor() { this.x = 1; } })(),
  { [Symbol('k')]: 1, [Symbol.iterator]: 2 }, Array.from({ length: 30 }, (_, i) => 'item' + i),
  { longKeyNumberOne: 'value number one', longKeyNumberTwo: 'value number two', longKeyNumberThree: 'three' },
  new Proxy({ a: 1 }, {}), Object.assign(() => {}, { prop: 1 }),
];
for (const v of vals) console.log(util.inspect(v));
const circ = { name: 'c' }; circ.self = circ; circ.arr = [circ]; console.log(circ);
console.log(util.inspect({ a: [1, 2, { b: 3 }] }, { compact: false }));
console.log(util.inspect({ deep: { deeper: { deepest: { gone: 1 } } } }, { depth: 0 }));
console.log(util.inspect('x'.repeat(20), { maxStringLength: 5 }), util.inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
console.log(util.inspect({ b: 1, a: 2 }, { sorted: true }), util.inspect(123456789, { numericSeparator: true }));
console.log(util.format('%s %d %i %f %j %o %O %%', 'a', 1.5, 2.7, '3.5', { j: 1 }, [1], { o: 1 }), util.format('a', 'b', 1));
const e = new Error('with props'); e.code = 'E_X'; e.extra = { n: 1 }; console.log(util.inspect(e).split('\n')[0], util.inspect(e).split('\n').slice(-3).join('|'));
const ce = new Error('outer', { cause: new Error('inner') }); console.log(util.inspect(ce).includes('[cause]: Error: inner'));
