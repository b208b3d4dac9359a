'use strict';
// crypto's random values: randomBytes, randomFill(Sync), randomUUID and getRandomValues, with
// Node's argument checks (offsets and sizes count a typed array's elements) and errors.
const crypto = require('crypto');
const describe = (value) => (typeof value === 'object' && value !== null ?
  `${value.constructor.name}(${value.length ?? value.byteLength})` : typeof value);
const t = (name, fn) => {
  try { console.log(name, 'ok', describe(fn())); } catch (e) { console.log(name, e.name, e.code, e.message); }
};
for (const size of [0, 16, -1, '1', NaN, 1.5, 2 ** 31, Infinity]) t(`randomBytes(${String(size)})`, () => crypto.randomBytes(size));
t('randomBytes callback', () => crypto.randomBytes(4, 'x'));
const views = { Buffer: () => Buffer.alloc(8), ArrayBuffer: () => new ArrayBuffer(8), DataView: () => new DataView(new ArrayBuffer(8)),
  Float64Array: () => new Float64Array(2), Uint32Array: () => new Uint32Array(4) };
for (const [name, make] of Object.entries(views)) {
  for (const args of [[], [1], [9], [-1], ['1'], [2, 6], [2, 7], [1.5], [NaN], [0, 0], [0, 5]]) {
    t(`randomFillSync(${name}, ${args.join(', ')})`, () => crypto.randomFillSync(make(), ...args));
  }
}
t('randomFillSync(string)', () => crypto.randomFillSync('abc'));
t('randomFill no callback', () => crypto.randomFill(Buffer.alloc(8)));
t('randomFill offset only', () => crypto.randomFill(Buffer.alloc(4), 'x'));
t('randomFill bad offset', () => crypto.randomFill(Buffer.alloc(4), 5, () => {}));
t('randomFill string', () => crypto.randomFill('x', () => {}));
for (const options of [undefined, { disableEntropyCache: true }, 1, { disableEntropyCache: 1 }]) {
  t(`randomUUID(${JSON.stringify(options)})`, () => crypto.randomUUID(options));
}
const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = new Set();
for (let i = 0; i < 300; i++) uuids.add(crypto.randomUUID(i % 7 === 0 ? { disableEntropyCache: true } : undefined));
console.log('uuids well formed and distinct', [...uuids].every((u) => pattern.test(u)), uuids.size);
for (const make of [() => new Uint8Array(4), () => new Float32Array(4), () => new Uint8Array(65537), () => new Uint8Array(65536),
  () => new DataView(new ArrayBuffer(4)), () => new BigInt64Array(2), () => undefined, () => new Uint8ClampedArray(3)]) {
  t(`getRandomValues(${describe(make())})`, () => crypto.getRandomValues(make()));
}
const filled = crypto.randomFillSync(Buffer.alloc(4096));
console.log('bytes vary', new Set(filled).size > 200);
const u32 = new Uint32Array(4);
crypto.randomFillSync(u32, 1, 2);
console.log('untouched ends', u32[0] === 0 && u32[3] === 0);
crypto.randomBytes(3, (err, buf) => console.log('async', err, buf.length));
crypto.randomFill(new Uint32Array(4), 1, 2, (err, buf) => console.log('fill async', err, buf.constructor.name));
process.nextTick(() => console.log('tick before callbacks'));
console.log(crypto.randomBytes.length, crypto.randomFillSync.length, crypto.randomUUID.length, crypto.getRandomValues.length);
