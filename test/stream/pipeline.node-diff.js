'use strict';
// pipeline/finished/compose and the iterator helpers: results, errors and cleanup.
const { Readable, Writable, PassThrough, Transform, pipeline, finished, compose, addAbortSignal } = require('stream');
const promises = require('stream/promises');

async function main() {
  // Generator transforms and a promise-returning sink.
  const result = await promises.pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (source) { for await (const c of source) yield c.toUpperCase(); },
    async function(source) { let s = ''; for await (const c of source) s += c; return s; });
  console.log('pipeline result', result);

  // An error in the middle destroys every stream and reaches the callback once.
  await new Promise((resolve) => {
    const src = new Readable({ read() {} });
    const mid = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
    const dst = new PassThrough();
    pipeline(src, mid, dst, (err) => {
      console.log('pipeline error', err.message, src.destroyed, mid.destroyed, dst.destroyed);
      resolve();
    });
    src.push('x');
  });

  // finished on a stream that closes early.
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    finished(r, (err) => { console.log('finished', err && err.code); resolve(); });
    r.destroy();
  });

  // Abort signal.
  await new Promise((resolve) => {
    const ac = new AbortController();
    const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
    r.on('error', (err) => { console.log('aborted', err.name, err.code); resolve(); });
    ac.abort();
  });

  // compose of two transforms.
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const exclaim = new Transform({ transform(c, e, cb) { cb(null, `${c}!`); } });
  const composed = compose(upper, exclaim);
  const out = [];
  composed.on('data', (c) => out.push(String(c)));
  composed.end('hi');
  await promises.finished(composed);
  console.log('compose', out);

  // Iterator helpers.
  const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
  console.log('map', await nums().map(async (x) => x * 10, { concurrency: 3 }).toArray());
  console.log('filter', await nums().filter((x) => x % 2).toArray());
  console.log('take/drop', await nums().drop(1).take(3).toArray());
  console.log('flatMap', await nums().take(2).flatMap((x) => [x, x]).toArray());
  console.log('reduce', await nums().reduce((a, b) => a + b, 0));
  console.log('some/every/find', await nums().some((x) => x > 5), await nums().every((x) => x > 0), await nums().find((x) => x > 3));
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (err) {
    console.log('reduce empty', err.code, err.message);
  }

  // Validation errors.
  for (const bad of [
    () => new Writable().write(null),
    () => new Writable({ write(c, e, cb) { cb(); } }).write(1),
    () => new Readable({ highWaterMark: -1 }),
    () => pipeline(new PassThrough()),
    () => nums().map(1),
  ]) {
    try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
  }
}
main();
