'use strict';
// An import of a name a module does not export fails when the modules are linked, printed as
// Node prints it: the import's line, a caret under the name (a default import's local name),
// the SyntaxError right under it. A duplicate `export default` names V8's ".default".
const { printFatalOutputs } = require('../fixtures/fatal-outputs');

const sources = [
  'import { b } from "./lib.mjs";',
  'import x from "./lib.mjs";',
  'const y = 1;\nimport { a, c as d } from "./lib.mjs";',
  'import { nope } from "fs";',
  'export default 1;\nexport default 2;',
];
printFatalOutputs(sources, {
  extension: '.mjs', files: { 'lib.mjs': 'export const a = 1;\n' }, skipFrames: true, oneCaret: true,
});
