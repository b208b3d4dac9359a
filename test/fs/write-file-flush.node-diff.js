'use strict';
// writeFile/appendFile `flush`: validated as a boolean, and true calls fs.fsync(Sync) on the file.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flush-'));
const file = path.join(dir, 'out.txt');
const calls = [];
const { fsyncSync, fsync } = fs;
fs.fsyncSync = (fd) => { calls.push('fsyncSync'); return fsyncSync(fd); };
fs.fsync = (fd, callback) => { calls.push('fsync'); return fsync(fd, callback); };
fs.writeFileSync(file, 'a', { flush: true });
fs.appendFileSync(file, 'b', { flush: false });
for (const flush of ['true', 1, {}]) {
  try {
    fs.writeFileSync(file, 'x', { flush });
  } catch (error) {
    console.log(error.code, error.message);
  }
}
fs.appendFile(file, 'c', { flush: true }, (error) => {
  console.log(error, calls, fs.readFileSync(file, 'utf8'));
  fs.promises.writeFile(file, 'd', { flush: 'no' }).catch((error) => {
    console.log(error.code);
    fs.rmSync(dir, { recursive: true });
  });
});
