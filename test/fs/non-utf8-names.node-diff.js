'use strict';
// A Buffer path whose bytes are not UTF-8 names exactly that file: created, listed, read,
// renamed and removed by its own bytes, and removed with its directory by rm -r.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-names-'));
const inDir = (bytes) => Buffer.concat([Buffer.from(dir + '/'), Buffer.from(bytes)]);
const name = Buffer.from([0x3d, 0xd8, 0x04, 0xdc]);       // not UTF-8
const renamed = Buffer.from([0x72, 0xff, 0xfe]);

fs.writeFileSync(inDir(name), 'first');
console.log(fs.readdirSync(dir, 'buffer').map((n) => n.toString('hex')));
console.log(fs.readdirSync(dir, 'ucs2'));
console.log(fs.readFileSync(inDir(name), 'utf8'), fs.statSync(inDir(name)).size, fs.existsSync(inDir(name)));
fs.renameSync(inDir(name), inDir(renamed));
console.log(fs.readdirSync(dir, { encoding: 'buffer', withFileTypes: true }).map((d) => [d.name.toString('hex'), d.isFile()]));
const fd = fs.openSync(inDir(renamed), 'r+');
fs.writeSync(fd, 'second');
fs.closeSync(fd);
console.log(fs.readFileSync(inDir(renamed), 'latin1'));
fs.mkdirSync(inDir(name));
fs.writeFileSync(Buffer.concat([inDir(name), Buffer.from('/inner')]), 'x');
console.log(fs.readdirSync(inDir(name)));
try {
  fs.readFileSync(inDir(Buffer.from([0x6e, 0xff])));
} catch (error) {
  console.log(error.code, error.syscall);
}

fs.promises.stat(inDir(renamed)).then((stats) => {
  console.log('promises stat', stats.size);
  fs.rmSync(dir, { recursive: true });
  console.log('removed', fs.existsSync(dir));
});
