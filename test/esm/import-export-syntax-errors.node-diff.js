'use strict';
// Malformed import and export declarations are SyntaxErrors worded as V8 words them, shown with
// the module's URL, line and a caret under the offending token, before anything is resolved.
const { printFatalOutputs } = require('../fixtures/fatal-outputs');

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
printFatalOutputs(sources, { extension: '.mjs' });
