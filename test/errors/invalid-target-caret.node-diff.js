'use strict';
// A SyntaxError for an invalid assignment or update target underlines the target expression
// on its source line, as Node prints it.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-caret-'));
const sources = [
  'x++ = 2;',
  'if (a) { 1 = 2 }',
  'let y = (a + b) = 3;',
  'const s = "a = b"; s.x++ = 1;',
  '1++;',
  '  (x + 1)--;',
  '++1;',
  'x = --5;',
  '++a++;',
  '-----BEGIN CERTIFICATE-----',
  'const q = ++(a + b);',
  'for (;;) { ++this }',
];
sources.forEach((source, index) => {
  const file = path.join(dir, `case${index}.js`);
  fs.writeFileSync(file, `${source}\n`);
  const { stderr, status } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const lines = stderr.split('\n');
  console.log(status, lines[0].replace(dir, '<dir>'));
  console.log(lines.slice(1, 5).join('\n'));
});
fs.rmSync(dir, { recursive: true });
