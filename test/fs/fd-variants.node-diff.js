'use strict';
// fchmod/fchown/chown/lchown/futimes/lutimes/fdatasync in their three call shapes, their argument
// checks, and the access/copyFile mode checks.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'apus-fdvar-'));
const file = path.join(dir, 'f');
const link = path.join(dir, 'l');
fs.writeFileSync(file, 'x');
fs.symlinkSync(file, link);
const uid = process.getuid(), gid = process.getgid();
const mode = (p) => (fs.statSync(p).mode & 0o777).toString(8);
const fd = fs.openSync(file, 'r+');

fs.fchmodSync(fd, 0o600); console.log(mode(file));
fs.chownSync(file, uid, gid); fs.lchownSync(link, -1, -1); fs.fchownSync(fd, uid, -1);
fs.futimesSync(fd, 1000, new Date(2000000)); console.log(fs.statSync(file).mtimeMs);
fs.lutimesSync(link, 5, 6); console.log(fs.lstatSync(link).mtimeMs, fs.statSync(file).mtimeMs);
fs.fdatasyncSync(fd);
for (const call of [
  () => fs.fchmodSync(fd, 'abc'), () => fs.chownSync(file, 'a', 0), () => fs.chownSync(file, 0, 2 ** 32),
  () => fs.fchownSync('x', 0, 0), () => fs.lchown(link, -2, 0, () => {}), () => fs.futimes(fd, 'bad', 1, () => {}),
  () => fs.fdatasync(fd), () => fs.lutimes(link, 1, 2), () => fs.accessSync(file, 'r'), () => fs.copyFileSync(file, link, 8),
]) {
  try { call(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
fs.fchmod(fd, 0o640, (err) => {
  console.log(err, mode(file));
  fs.futimes(fd, 10, 20, (err) => {
    console.log(err, fs.statSync(file).mtimeMs);
    fs.fdatasync(fd, async (err) => {
      console.log(err);
      await fs.promises.chown(file, uid, gid);
      await fs.promises.lchown(link, uid, gid);
      await fs.promises.lutimes(link, 7, 8);
      await fs.promises.utimes(file, 30, 40);
      console.log(fs.lstatSync(link).mtimeMs, fs.statSync(file).mtimeMs);
      const handle = await fs.promises.open(file, 'r+');
      await handle.chmod(0o604);
      await handle.chown(uid, gid);
      await handle.utimes(50, 60);
      await handle.datasync();
      console.log(mode(file), fs.statSync(file).mtimeMs);
      await handle.close();
      fs.chown(path.join(dir, 'missing'), uid, gid, (err) => {
        console.log(err.code, err.syscall);
        fs.closeSync(fd);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
