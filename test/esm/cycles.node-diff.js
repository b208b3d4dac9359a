'use strict';
// A cycle: b runs before a, calls a's hoisted function, and later reads a's binding as set by a.
const { execFileSync } = require('child_process');
process.stdout.write(execFileSync(process.execPath, ['fixtures/cycles.mjs'], { encoding: 'utf8' }));
