'use strict';
// A SyntaxError for an invalid assignment or update target underlines the target expression
// on its source line, as Node prints it.
const { printFatalOutputs } = require('../fixtures/fatal-outputs');

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
printFatalOutputs(sources, { extension: '.js' });
