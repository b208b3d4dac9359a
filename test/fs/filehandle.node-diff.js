'use strict';
// fs.promises.open and FileHandle: read/write in their call shapes, readv/writev, stat, truncate,
// readFile/writeFile/appendFile (also through fs.promises with a handle), close and the 'close' event.
const fs = require('fs');
const path = require('path');
const file = path.join(require('os').tmpdir(), `apus-filehandle-${process.pid}`);

(async () => {
  const handle = await fs.promises.open(file, 'w+');
  console.log(typeof handle.fd, handle.constructor.name);
  console.log(await handle.write('hello world'));
  console.log(await handle.write(Buffer.from('XY'), 0, 2, 0));
  console.log(await handle.write(Buffer.from('abc'), { offset: 1, length: 2, position: 5 }));
  console.log(await handle.read(Buffer.alloc(5), 0, 5, 0));
  console.log(await handle.read({ buffer: Buffer.alloc(4), position: 2 }));
  console.log(await handle.read(Buffer.alloc(3), { position: 8 }));
  console.log((await handle.read()).bytesRead);
  console.log(await handle.writev([Buffer.from('12'), Buffer.from('34')], 0));
  console.log(await handle.readv([Buffer.alloc(3), Buffer.alloc(3)], 0));
  const stats = await handle.stat();
  console.log(stats.size, stats.isFile(), typeof (await handle.stat({ bigint: true })).size);
  await handle.truncate(4);
  console.log((await handle.stat()).size);
  await handle.sync();
  console.log(await fs.promises.readFile(handle, 'utf8'));
  await fs.promises.writeFile(handle, '-tail');
  console.log(fs.readFileSync(file, 'utf8'));
  handle.on('close', () => console.log('close event'));
  await handle.close();
  console.log(handle.fd);
  await handle.close();
  try { await handle.read(Buffer.alloc(1), 0, 1, 0); } catch (e) { console.log(e.code, e.syscall); }
  try { await handle.write(5); } catch (e) { console.log(e.code); }

  const appender = await fs.promises.open(file, 'a');
  await appender.appendFile('+more');
  await appender.close();
  console.log(fs.readFileSync(file, 'utf8'));
  try { await fs.promises.open(`${file}-missing/x`); } catch (e) { console.log(e.code, e.syscall); }
  fs.unlinkSync(file);
})();
