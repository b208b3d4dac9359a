'use strict';
// fs.read/readSync/FileHandle.read argument shapes and their errors, and close's callback arguments.
const fs = require('fs');
const file = require('path').join(require('os').tmpdir(), `apus-read-args-${process.pid}`);
fs.writeFileSync(file, 'abcdefghij');
const fd = fs.openSync(file, 'r');
const tryIt = (label, fn) => {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
tryIt('sync plain', () => { const b = Buffer.alloc(4); return [fs.readSync(fd, b, 0, 4, 2), b.toString()]; });
tryIt('sync options', () => { const b = Buffer.alloc(4); return [fs.readSync(fd, b, { position: 5 }), b.toString()]; });
tryIt('sync default', () => { const b = Buffer.alloc(3); return [fs.readSync(fd, b), b.toString()]; });
tryIt('sync dataview', () => { const d = new DataView(new ArrayBuffer(2)); return [fs.readSync(fd, d, 0, 2, 0), d.getUint8(0)]; });
tryIt('sync bigint position', () => fs.readSync(fd, Buffer.alloc(2), 0, 2, 3n));
for (const [label, args] of [
  ['not a buffer', [4]], ['empty buffer', [Buffer.alloc(0), 0, 1, 0]], ['length too big', [Buffer.alloc(2), 0, 5, 0]],
  ['negative offset', [Buffer.alloc(2), -1, 1, 0]], ['bad position', [Buffer.alloc(2), 0, 1, 'x']],
  ['position too small', [Buffer.alloc(2), 0, 1, -2]], ['bigint too big', [Buffer.alloc(2), 0, 1, 2n ** 63n]],
  ['bad options', [Buffer.alloc(2), 'x']], ['zero length', [Buffer.alloc(0), 0, 0, 0]],
]) tryIt(`sync ${label}`, () => fs.readSync(fd, ...args));
for (const [label, args] of [
  ['no callback', [Buffer.alloc(2), 0, 1, 0]], ['not a buffer', [4, 0, 1, 0, () => {}]],
  ['empty buffer', [Buffer.alloc(0), 0, 1, 0, () => {}]], ['bad options', [Buffer.alloc(2), 'x', () => {}]],
]) tryIt(`async ${label}`, () => fs.read(fd, ...args));
fs.read(fd, (err, n, buf) => {
  console.log('read(fd, cb)', err, n, buf.length);
  fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (err, n, buf) => {
    console.log('read(fd, options, cb)', err, n, buf.toString());
    fs.read(fd, Buffer.alloc(2), { position: 8 }, (err, n, buf) => {
      console.log('read(fd, buffer, options, cb)', err, n, buf.toString());
      fs.read(fd, Buffer.alloc(4), (err, n, buf) => {
        console.log('read(fd, buffer, cb)', err, n);
        fs.read(fd, Buffer.alloc(2), 0, 0, 0, async (err, n) => {
          console.log('zero length', err, n);
          const handle = await fs.promises.open(file);
          for (const args of [[Buffer.alloc(0), 0, 1, 0], [Buffer.alloc(2), 0, 1, 'x'], [4]]) {
            try { await handle.read(...args); } catch (e) { console.log('handle', e.code, e.message); }
          }
          await handle.close();
          fs.close(fd, (...args) => {
            console.log('close args', args);
            fs.unlinkSync(file);
          });
        });
      });
    });
  });
});
