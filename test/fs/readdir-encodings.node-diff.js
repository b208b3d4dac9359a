'use strict';
// readdir in every call shape with an encoding other than UTF-8 decodes the file system's own
// bytes of each name: 'buffer' gives Buffers (also as Dirent names), others decode them.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-readdir-'));
for (const name of ['a\u00e9.txt', 'b', '\u{1F404}']) fs.writeFileSync(path.join(dir, name), '');
fs.mkdirSync(path.join(dir, 'sub'));
const sorted = (names) => names.map((name) => (Buffer.isBuffer(name) ? `buf:${name.toString('hex')}` : name)).sort();
console.log(sorted(fs.readdirSync(dir)), sorted(fs.readdirSync(dir, 'buffer')), sorted(fs.readdirSync(dir, { encoding: 'latin1' })));
console.log(sorted(fs.readdirSync(dir, 'hex')), sorted(fs.readdirSync(dir, { encoding: 'base64url' })));
console.log(fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
  .map((entry) => `${entry.name.toString('hex')}:${entry.isFile()}:${entry.isDirectory()}`).sort());
fs.readdir(dir, { encoding: 'buffer' }, (error, names) => {
  console.log('callback', error, sorted(names));
  fs.promises.readdir(dir, 'base64').then((encoded) => {
    console.log('promise', sorted(encoded));
    fs.rmSync(dir, { recursive: true });
  });
});
