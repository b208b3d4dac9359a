'use strict';
// rm on a directory without recursive: Node's SystemError ERR_FS_EISDIR with its info.
const fs = require('fs');
const dir = fs.mkdtempSync(`${require('os').tmpdir()}/apus-rmd-`);
try { fs.rmSync(dir); } catch (e) { console.log(e.name, e.code, e.message.replace(dir, 'DIR'), e.errno, e.syscall, e.path === dir, Object.keys(e), String(e).replace(dir, 'DIR')); }
fs.rmdirSync(dir);
