'use strict';
// A syntax error in a file reads as in Node for the common mistakes: the engine's messages are
// reworded (and a source that ends too early is reported as the end of the input, not as the
// module wrapper's closing text).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-messages-'));
const file = path.join(dir, 'broken.js');
const sources = ['let x = ;', 'var a b', 'function (', 'if (x', '}', 'const a;', 'a => {', '"abc', 'let a; let a;',
  'x = 08n', 'yield 1', '@', 'foo bar', 'let y = "a" "b"', 'function f() {', '({)', 'x = {a: 1', 'f(1, 2', '[1, 2',
  'class A { m() {}', 'return 1', 'f(1 2)', '--x--', '1++', '++1', 'a + 1 = 2', '--1', '1--', 'x-- = 2'];
for (const source of sources) {
  fs.writeFileSync(file, `${source}\n`);
  const { stderr, status } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  console.log(JSON.stringify(source), status, stderr.split('\n').find((line) => line.startsWith('SyntaxError')));
}
fs.rmSync(dir, { recursive: true });
