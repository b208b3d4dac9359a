'use strict';
// process.stdout/stderr/stdin are streams whose kind follows the descriptor: a pipe, a file.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const probe = `
  const { Writable, Readable } = require('stream');
  const out = process.stdout;
  console.error(JSON.stringify({
    type: out._type, isTTY: out.isTTY, writable: out instanceof Writable, stdio: out._isStdio,
    fd: out.fd, hwm: out.writableHighWaterMark, stdinReadable: process.stdin instanceof Readable,
  }));
  out.write('written ');
  out.end('ended\\n');
  out.on('finish', () => console.error('finish'));
  process.stdin.setEncoding('utf8');
  let input = '';
  process.stdin.on('data', (d) => { input += d; }).on('end', () => console.error('stdin', JSON.stringify(input)));
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-stdio-'));
const inFile = path.join(dir, 'in.txt');
fs.writeFileSync(inFile, 'from a file\n');

const piped = spawnSync(process.execPath, ['-e', probe], { input: 'from a pipe\n' });
console.log('pipe stdout:', JSON.stringify(piped.stdout.toString()));
console.log('pipe stderr:', piped.stderr.toString());

const outFile = path.join(dir, 'out.txt');
const outFd = fs.openSync(outFile, 'w');
const inFd = fs.openSync(inFile, 'r');
const toFile = spawnSync(process.execPath, ['-e', probe], { stdio: [inFd, outFd, 'pipe'] });
fs.closeSync(outFd);
fs.closeSync(inFd);
console.log('file stdout:', JSON.stringify(fs.readFileSync(outFile, 'utf8')));
console.log('file stderr:', toFile.stderr.toString());
fs.rmSync(dir, { recursive: true });
