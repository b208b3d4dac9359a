'use strict';
// fs.cp / cpSync / promises.cp: recursive trees with links, filters, overwrite rules, and
// the SystemErrors for impossible copies.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-cp-'));
const src = path.join(root, 'src');
fs.mkdirSync(path.join(src, 'sub', 'deeper'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'a');
fs.writeFileSync(path.join(src, 'sub', 'b.txt'), 'b');
fs.writeFileSync(path.join(src, 'sub', 'deeper', 'c.log'), 'c');
fs.symlinkSync('a.txt', path.join(src, 'link'));
fs.chmodSync(path.join(src, 'a.txt'), 0o640);

function tree(dir) {
  const out = [];
  (function walk(d, rel) {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const stat = fs.lstatSync(full);
      const r = path.join(rel, name);
      if (stat.isSymbolicLink()) out.push(`${r} -> ${path.relative(root, path.resolve(d, fs.readlinkSync(full)))}`);
      else if (stat.isDirectory()) { out.push(`${r}/`); walk(full, r); }
      else out.push(`${r} ${fs.readFileSync(full, 'utf8')} ${(stat.mode & 0o777).toString(8)}`);
    }
  })(dir, '');
  return out;
}

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message.replaceAll(root, '<root>'));
  }
}

async function main() {
  fs.cpSync(src, path.join(root, 'sync'), { recursive: true });
  console.log('sync', tree(path.join(root, 'sync')));

  await fs.promises.cp(src, path.join(root, 'promise'), {
    recursive: true, filter: (s) => !s.endsWith('.log'),
  });
  console.log('promise+filter', tree(path.join(root, 'promise')));

  await new Promise((resolve) => fs.cp(path.join(src, 'a.txt'), path.join(root, 'new', 'dir', 'a.txt'), (err) => {
    console.log('callback file', err, fs.readFileSync(path.join(root, 'new', 'dir', 'a.txt'), 'utf8'));
    resolve();
  }));

  fs.writeFileSync(path.join(root, 'exists.txt'), 'old');
  show('no force', () => fs.cpSync(path.join(src, 'a.txt'), path.join(root, 'exists.txt'), { force: false }));
  console.log('kept', fs.readFileSync(path.join(root, 'exists.txt'), 'utf8'));
  show('errorOnExist', () => fs.cpSync(path.join(src, 'a.txt'), path.join(root, 'exists.txt'), { force: false, errorOnExist: true }));
  show('force', () => fs.cpSync(path.join(src, 'a.txt'), path.join(root, 'exists.txt')));
  console.log('replaced', fs.readFileSync(path.join(root, 'exists.txt'), 'utf8'));

  show('dir without recursive', () => fs.cpSync(src, path.join(root, 'x')));
  show('same', () => fs.cpSync(src, src, { recursive: true }));
  show('into itself', () => fs.cpSync(src, path.join(src, 'sub', 'inner'), { recursive: true }));
  show('dir onto file', () => fs.cpSync(src, path.join(root, 'exists.txt'), { recursive: true }));
  show('file onto dir', () => fs.cpSync(path.join(src, 'a.txt'), path.join(root, 'sync'), { recursive: true }));
  show('bad option', () => fs.cpSync(src, path.join(root, 'y'), { recursive: 'yes' }));
  show('pair', () => fs.cpSync(src, path.join(root, 'y'), { dereference: true, verbatimSymlinks: true }));
  show('async filter in sync', () => fs.cpSync(src, path.join(root, 'z'), { recursive: true, filter: async () => true }));
  try {
    await fs.promises.cp(path.join(root, 'missing'), path.join(root, 'w'));
  } catch (err) {
    console.log('missing', err.code, err.syscall);
  }
  fs.rmSync(root, { recursive: true });
}
main();
