'use strict';
// Two processes removing the same tree at once: an entry the other one removed between this
// one's listing and its unlink is not an error (fs.rmSync and fs.promises.rm, as in Node).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-rm-race-'));
const tree = path.join(root, 'tree');
const remover = (call) => `require('fs')${call}(${JSON.stringify(tree)}, { recursive: true, force: true })`;

function run(code) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text) => { stderr += text; });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

async function round(calls) {
  for (let dir = 0; dir < 10; dir++) {
    fs.mkdirSync(path.join(tree, `d${dir}`), { recursive: true });
    for (let file = 0; file < 60; file++) fs.writeFileSync(path.join(tree, `d${dir}`, `f${file}`), '');
  }
  const results = await Promise.all(calls.map((call) => run(remover(call))));
  for (const { status, stderr } of results) assert.deepStrictEqual({ status, stderr }, { status: 0, stderr: '' });
  assert.strictEqual(fs.existsSync(tree), false);
}

(async () => {
  for (let i = 0; i < 2; i++) await round(['.rmSync', '.rmSync']);
  await round(['.promises.rm', '.rmSync']);
  fs.rmSync(root, { recursive: true, force: true });
  console.log('ok');
})();
