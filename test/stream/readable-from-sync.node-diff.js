'use strict';
// Readable.from over synchronous iterables: plain items, thenable items among them, a null
// item (an error), an iterator that throws, backpressure with a small highWaterMark, and
// return() called when the stream is destroyed early; the order of reads is what programs see.
const { Readable } = require('stream');

const scenarios = [];
const scenario = (name, fn) => scenarios.push([name, fn]);
const collect = async (readable) => {
  const out = [];
  try {
    for await (const item of readable) out.push(item);
    return out.join(',');
  } catch (err) {
    return `${out.join(',')} !${err.code || err.message}`;
  }
};

scenario('plain items', () => collect(Readable.from([1, 2, 3])));
scenario('generator of buffers', () => collect(Readable.from((function* () { yield Buffer.from('ab'); yield Buffer.from('cd'); })(), { objectMode: false })));
scenario('thenables among items', () => collect(Readable.from([1, Promise.resolve(2), 3, { then(r) { r(4); } }, 5])));
scenario('rejected thenable', () => collect(Readable.from([1, Promise.reject(new Error('rejected')), 3])));
scenario('null item', () => collect(Readable.from([1, null, 3])));
scenario('null item after a thenable', () => collect(Readable.from([Promise.resolve(1), null])));
scenario('undefined items', () => collect(Readable.from([undefined, 1])));
scenario('iterator throws', () => collect(Readable.from((function* () { yield 1; throw new Error('thrown'); })())));
scenario('backpressure', async () => {
  const pulled = [];
  const r = Readable.from((function* () { for (let i = 0; i < 6; i++) { pulled.push(i); yield i; } })(), { highWaterMark: 2 });
  await new Promise((resolve) => setImmediate(resolve));
  const before = pulled.join('');
  return `${before} ${await collect(r)} ${pulled.join('')}`;
});
scenario('destroyed early calls return', async () => {
  const log = [];
  const iterable = {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: () => ({ value: i++, done: false }),
        return: () => { log.push('return'); return { done: true }; },
      };
    },
  };
  const r = Readable.from(iterable);
  for await (const item of r) { if (item === 2) break; }
  await new Promise((resolve) => setImmediate(resolve));
  return log.join(',');
});

(async () => {
  for (const [name, fn] of scenarios) console.log(name, '=>', await fn());
})();
