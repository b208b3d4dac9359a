'use strict';
// The order of stream events and callbacks, which programs observe, across the common shapes:
// sync and async sources, 'readable' vs 'data', backpressure, destroy with and without error.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

const log = [];
const record = (tag, stream, events) => {
  for (const ev of events) stream.on(ev, (arg) => log.push(`${tag}:${ev}${arg instanceof Error ? `(${arg.message})` : ''}`));
};
const scenarios = [];
const scenario = (name, fn) => scenarios.push([name, fn]);

scenario('sync push, data listener', (done) => {
  const r = new Readable({ read() { this.push('a'); this.push('b'); this.push(null); } });
  record('r', r, ['pause', 'resume', 'end', 'close']);
  r.on('data', (c) => log.push(`data ${c}`));
  r.on('close', done);
});

scenario('async push, readable listener', (done) => {
  let n = 0;
  const r = new Readable({ read() { setImmediate(() => this.push(n < 3 ? String(n++) : null)); } });
  record('r', r, ['end', 'close']);
  r.on('readable', () => { let c; while ((c = r.read()) !== null) log.push(`read ${c}`); });
  r.on('close', done);
});

scenario('writable backpressure and drain', (done) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { log.push(`write ${c}`); setImmediate(cb); } });
  record('w', w, ['drain', 'prefinish', 'finish', 'close']);
  log.push(`ret ${w.write('ab')}`);
  log.push(`ret ${w.write('cd', () => log.push('cb cd'))}`);
  w.once('drain', () => w.end('e', () => log.push('end cb')));
  w.on('close', done);
});

scenario('destroy with error', (done) => {
  const r = new Readable({ read() {} });
  record('r', r, ['error', 'close', 'end']);
  r.destroy(new Error('boom'));
  log.push(`destroyed ${r.destroyed} errored ${r.errored && r.errored.message}`);
  r.on('close', done);
});

scenario('writable write after end', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  record('w', w, ['error', 'finish', 'close']);
  w.end();
  w.write('x', (err) => log.push(`write cb ${err && err.code}`));
  w.on('close', done);
});

scenario('duplex allowHalfOpen false', (done) => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push('r'); this.push(null); },
    write(c, e, cb) { log.push(`dwrite ${c}`); cb(); },
  });
  record('d', d, ['end', 'finish', 'close']);
  d.on('data', (c) => log.push(`ddata ${c}`));
  d.write('w');
  d.on('close', done);
});

scenario('transform with flush', (done) => {
  const t = new Transform({
    transform(c, e, cb) { cb(null, String(c).toUpperCase()); },
    flush(cb) { this.push('!'); cb(); },
  });
  record('t', t, ['prefinish', 'finish', 'end', 'close']);
  t.on('data', (c) => log.push(`tdata ${c}`));
  t.write('x');
  t.end('y');
  t.on('close', done);
});

scenario('pipe with a slow destination', (done) => {
  const src = Readable.from(['1', '2', '3', '4'], { objectMode: false, highWaterMark: 1 });
  const dst = new Writable({ highWaterMark: 1, write(c, e, cb) { log.push(`got ${c}`); setTimeout(cb, 1); } });
  record('dst', dst, ['pipe', 'unpipe', 'finish', 'close']);
  src.pipe(dst);
  dst.on('close', done);
});

scenario('setEncoding splits multibyte chars correctly', (done) => {
  const bytes = Buffer.from('€uro ✓');
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.on('data', (c) => log.push(`chunk ${JSON.stringify(c)}`));
  for (let i = 0; i < bytes.length; i += 2) r.push(bytes.subarray(i, i + 2));
  r.push(null);
  r.on('end', done);
});

scenario('read(n) and unshift', (done) => {
  const r = new PassThrough();
  r.end('abcdefgh');
  r.once('readable', () => {
    const a = r.read(3);
    r.unshift(Buffer.from('Z'));
    log.push(`read3 ${a} then ${r.read()}`);
    done();
  });
});

(function next(i) {
  if (i === scenarios.length) {
    console.log(log.join('\n'));
    return;
  }
  const [name, fn] = scenarios[i];
  log.push(`-- ${name}`);
  fn(() => setImmediate(next, i + 1));
})(0);
