'use strict';
// Imports of every kind (default, named, namespace, string names, re-exports, export *, JSON,
// CommonJS, builtins, package "exports" conditions, legacy main, "type": "module") print as in node.
const { execFileSync } = require('child_process');
process.stdout.write(execFileSync(process.execPath, ['fixtures/bindings.mjs'], { encoding: 'utf8' }));
