'use strict';
// An import of a name a module does not export fails when the modules are linked, printed as
// Node prints it: the import's line, a caret under the name (a default import's local name),
// the SyntaxError right under it. A duplicate `export default` names V8's ".default".
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-esm-link-'));
fs.writeFileSync(path.join(dir, 'lib.mjs'), 'export const a = 1;\n');
const sources = [
  'import { b } from "./lib.mjs";',
  'import x from "./lib.mjs";',
  'const y = 1;\nimport { a, c as d } from "./lib.mjs";',
  'import { nope } from "fs";',
  'export default 1;\nexport default 2;',
];
sources.forEach((source, index) => {
  const file = path.join(dir, `case${index}.mjs`);
  fs.writeFileSync(file, `${source}\n`);
  const { stderr, status } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const lines = stderr.split('\n').filter((line) => !line.startsWith('    at ')).slice(0, 5);
  console.log(status, lines.map((line) => line.replace(dir, '<dir>').replace(/\^+$/, '^')).join('\n'));
});
fs.rmSync(dir, { recursive: true });
