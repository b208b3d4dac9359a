'use strict';
// Runs -e/-p/stdin source as a CommonJS module body whose `this` is module.exports.

const path = require('path');

function evalScript(name, source, print) {
  const { Module, wrapSafe, makeRequireFunction, importsDynamically, dynamicImportFrom } =
    require('internal/modules/cjs/loader');
  const cwd = tryGetCwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const userRequire = makeRequireFunction(module);
  globalThis.module = module;
  globalThis.require = userRequire;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  require('internal/process/execution').registerInMemorySource(name, source);
  let result;
  if (print) {
    // -p prints the completion value of the script, so it runs as a script, not a function body.
    const body = source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33 ? `//${source.slice(2)}` : source;
    result = internalBinding('contextify').runScript(body, name);
    const { log } = require('internal/console/global');
    log(result);
  } else {
    const fn = wrapSafe(name, source);
    const args = [module.exports, userRequire, module, name, '.'];
    if (importsDynamically(fn)) args.push(dynamicImportFrom(module.filename));
    Reflect.apply(fn, module.exports, args);
  }
}

function tryGetCwd() {
  try {
    return process.cwd();
  } catch {
    return path.dirname(process.execPath);
  }
}

module.exports = { evalScript };
