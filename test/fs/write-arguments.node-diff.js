'use strict';
// fs.write and fs.writeSync over every argument shape: the callback found as the last argument
// given, offsets and lengths validated with Node's errors, the string form's position and
// encoding, and the bytes that land in the file.
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'apus-write-arguments-' + process.pid);
const fd = fs.openSync(file, 'w+');
const buf = Buffer.from('abcdefgh');
const cases = [
  ['buf cb', (cb) => fs.write(fd, buf, cb)],
  ['buf off cb', (cb) => fs.write(fd, buf, 2, cb)],
  ['buf off len cb', (cb) => fs.write(fd, buf, 2, 3, cb)],
  ['buf off len pos cb', (cb) => fs.write(fd, buf, 1, 2, 0, cb)],
  ['buf opts cb', (cb) => fs.write(fd, buf, { offset: 1, length: 2, position: 4 }, cb)],
  ['buf null cb', (cb) => fs.write(fd, buf, null, cb)],
  ['buf off>len', (cb) => fs.write(fd, buf, 9, cb)],
  ['buf len too big', (cb) => fs.write(fd, buf, 2, 7, cb)],
  ['buf neg off', (cb) => fs.write(fd, buf, -1, cb)],
  ['buf frac off', (cb) => fs.write(fd, buf, 1.5, cb)],
  ['buf str off', (cb) => fs.write(fd, buf, '1', 2, cb)],
  ['buf neg len', (cb) => fs.write(fd, buf, 0, -1, cb)],
  ['no cb', () => fs.write(fd, buf, 0, 1)],
  ['str cb', (cb) => fs.write(fd, 'xyz', cb)],
  ['str pos cb', (cb) => fs.write(fd, 'xyz', 1, cb)],
  ['str pos enc cb', (cb) => fs.write(fd, '6869', 0, 'hex', cb)],
  ['str odd hex', (cb) => fs.write(fd, '686', 0, 'hex', cb)],
  ['str bad enc', (cb) => fs.write(fd, 'x', 0, 'nope', cb)],
  ['number data', (cb) => fs.write(fd, 42, cb)],
  ['object data', (cb) => fs.write(fd, { toString() { return 'x'; } }, cb)],
  ['uint8', (cb) => fs.write(fd, new Uint8Array([65, 66]), cb)],
  ['dataview', (cb) => fs.write(fd, new DataView(new ArrayBuffer(4)), 1, 2, cb)],
  ['bad fd', (cb) => fs.write('x', buf, cb)],
];
(async () => {
  console.log('--- writeSync');
  const syncCases = [
    ['buf', () => fs.writeSync(fd, buf)],
    ['buf off', () => fs.writeSync(fd, buf, 2)],
    ['buf off len', () => fs.writeSync(fd, buf, 2, 3)],
    ['buf off len pos', () => fs.writeSync(fd, buf, 1, 2, 0)],
    ['buf opts', () => fs.writeSync(fd, buf, { offset: 1, length: 2, position: 4 })],
    ['buf null', () => fs.writeSync(fd, buf, null)],
    ['buf off>len', () => fs.writeSync(fd, buf, 9)],
    ['buf len too big', () => fs.writeSync(fd, buf, 2, 7)],
    ['buf neg off', () => fs.writeSync(fd, buf, -1)],
    ['buf frac off', () => fs.writeSync(fd, buf, 1.5)],
    ['buf str off', () => fs.writeSync(fd, buf, '1', 2)],
    ['buf neg len', () => fs.writeSync(fd, buf, 0, -1)],
    ['buf frac len', () => fs.writeSync(fd, buf, 0, 1.5)],
    ['str', () => fs.writeSync(fd, 'xyz')],
    ['str pos', () => fs.writeSync(fd, 'xyz', 1)],
    ['str pos enc', () => fs.writeSync(fd, '6869', 0, 'hex')],
    ['str odd hex', () => fs.writeSync(fd, '686', 0, 'hex')],
    ['str bad enc', () => fs.writeSync(fd, 'x', 0, 'nope')],
    ['number data', () => fs.writeSync(fd, 42)],
    ['uint8', () => fs.writeSync(fd, new Uint8Array([65, 66]))],
  ];
  for (const [name, run] of syncCases) {
    try { console.log(name, '->', run()); } catch (e) { console.log(name, 'throws', e.name, e.code, e.message.split('\n')[0]); }
  }
  console.log('--- write');
  for (const [name, run] of cases) {
    await new Promise((resolve) => {
      try {
        run((err, written, b) => { console.log(name, '->', err ? err.code : null, written, Buffer.isBuffer(b) ? 'buffer:' + b.toString('latin1') : typeof b === 'string' ? 'string:' + b : Object.prototype.toString.call(b)); resolve(); });
        if (name === 'no cb') resolve();
      } catch (e) { console.log(name, 'throws', e.name, e.code, e.message.split('\n')[0]); resolve(); }
    });
  }
  fs.closeSync(fd);
  console.log(JSON.stringify(fs.readFileSync(file, 'latin1')));
  fs.unlinkSync(file);
})();
