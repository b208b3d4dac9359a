'use strict';
// --disallow-code-generation-from-strings makes eval and the Function constructor throw an
// EvalError in the main context; a vm context allows them unless created with
// codeGeneration: { strings: false }, whatever the flag.
const { spawnSync } = require('child_process');
const script = `
const vm = require('vm');
for (const opts of [undefined, { codeGeneration: { strings: false } }, { codeGeneration: { strings: true } }]) {
  const c = vm.createContext({}, opts);
  for (const code of ['eval("1")', 'new Function("return 2")()', '3']) {
    try { console.log(JSON.stringify(opts), code, vm.runInContext(code, c)); } catch (e) { console.log(JSON.stringify(opts), code, e.name, e.message); }
  }
}
for (const code of ['eval("4")', '(0, eval)("5")', 'new Function("return 6")()', 'Function.prototype.constructor("return 7")()']) {
  try { console.log(code, (0, eval)(code)); } catch (e) { console.log(code, e.name, e.message); }
}`;
for (const flags of [[], ['--disallow-code-generation-from-strings']]) {
  const { stdout, stderr, status } = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
  console.log(flags.join(' '), status, stdout, stderr);
}
