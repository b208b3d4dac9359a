'use strict';
// fs.truncate by path (with and without a length), its errors, and truncation through an fd.
const fs = require('fs');
const file = require('path').join(require('os').tmpdir(), `apus-truncate-${process.pid}`);
// The DEP0081 warning text carries the pid, so deprecations stay silent here.
process.noDeprecation = true;
process.on('warning', (warning) => console.log(warning.name, warning.code));
fs.writeFileSync(file, 'hello world');
for (const len of ['a', 1.5, {}]) {
  try { fs.truncate(file, len, () => {}); } catch (e) { console.log(e.code, e.message); }
}
for (const fd of ['', null, -1]) {
  try { fs.ftruncate(fd, 0, () => {}); } catch (e) { console.log(e.code, e.message); }
}
fs.truncate(file, 5, (err) => {
  console.log(err, fs.readFileSync(file, 'utf8'));
  fs.truncate(file, (err) => {
    console.log(err, fs.readFileSync(file, 'utf8').length);
    fs.truncate(`${file}-missing`, 1, (err) => {
      console.log(err.code, err.syscall);
      fs.writeFileSync(file, 'abcdef');
      fs.truncate(file, -1, (err) => {
        console.log('negative length', err, fs.statSync(file).size);
        fs.writeFileSync(file, 'abcdef');
        const fd = fs.openSync(file, 'r+');
        fs.truncateSync(fd, 3);
        fs.truncate(fd, 2, (err) => {
          console.log(err, fs.fstatSync(fd).size);
          fs.closeSync(fd);
          fs.unlinkSync(file);
        });
      });
    });
  });
});
