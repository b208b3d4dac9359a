'use strict';
// readv/writev in all call shapes, their validation, positions, and util.promisify results.
const fs = require('fs');
const util = require('util');
const file = require('path').join(require('os').tmpdir(), `apus-vector-${process.pid}`);
for (const bad of [null, [1], ['a'], {}]) {
  try { fs.readvSync(0, bad); } catch (e) { console.log(e.code, e.message); }
  try { fs.writev(0, bad, () => {}); } catch (e) { console.log(e.code, e.message); }
}
try { fs.readv(0, [], 'x'); } catch (e) { console.log(e.code, e.message); }
console.log(fs.writevSync(1, []));
const fd = fs.openSync(file, 'w+');
console.log(fs.writevSync(fd, [Buffer.from('abc'), new Uint16Array([0x6564]), new DataView(new ArrayBuffer(2))]));
console.log(fs.writevSync(fd, [Buffer.from('XY')], 1));
const parts = [Buffer.alloc(2), Buffer.alloc(3), Buffer.alloc(4)];
console.log(fs.readvSync(fd, parts, 0), parts);
fs.writev(fd, [Buffer.from('12'), Buffer.from('345')], 0, (err, written, buffers) => {
  console.log(err, written, buffers.length);
  fs.readv(fd, [Buffer.alloc(4), Buffer.alloc(10)], 0, async (err, bytesRead, buffers) => {
    console.log(err, bytesRead, buffers);
    console.log(await util.promisify(fs.readv)(fd, [Buffer.alloc(3)], 2));
    console.log(await util.promisify(fs.writev)(fd, [Buffer.from('!')], 0));
    console.log(await util.promisify(fs.read)(fd, Buffer.alloc(2), 0, 2, 0));
    console.log(await util.promisify(fs.write)(fd, Buffer.from('?'), 0, 1, 1));
    console.log(await util.promisify(fs.exists)(file), await util.promisify(fs.exists)(`${file}-missing`));
    fs.readv(fd, [Buffer.alloc(1)], (err, n) => {
      console.log(err, n);
      fs.closeSync(fd);
      fs.unlinkSync(file);
      fs.readv(fd, [Buffer.alloc(1)], (err) => console.log(err.code, err.syscall));
    });
  });
});
