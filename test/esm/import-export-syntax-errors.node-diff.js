'use strict';
// Malformed import and export declarations are SyntaxErrors worded as V8 words them, shown with
// the module's URL, line and a caret under the offending token, before anything is resolved.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-esm-syntax-'));
const sources = [
  'import * from "x";',
  'import {a b} from "missing-package";',
  'export function () {}',
  'const a = 1;\nimport x "y";',
  'export { a as };',
  'import {a} from;',
  'import { 1 } from "x";',
  'export let;',
  'import { default } from `x`;',
  'export class {}',
  'import * as if from "x";',
];
sources.forEach((source, index) => {
  const file = path.join(dir, `case${index}.mjs`);
  fs.writeFileSync(file, `${source}\n`);
  const { stderr, status } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const lines = stderr.split('\n').slice(0, 5).map((line) => line.replace(dir, '<dir>'));
  console.log(status, lines.join('\n'));
});
fs.rmSync(dir, { recursive: true });
