'use strict';
// Runs -e/-p/stdin source as a CommonJS module body whose `this` is module.exports.

const path = require('path');

// --input-type=module: the code is an ES module at "[eval1]" in the working directory.
function evalModule(source, print) {
  if (print) {
    const { codes: { ERR_EVAL_ESM_CANNOT_PRINT } } = require('internal/errors');
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  const { pathToFileURL } = require('internal/url');
  const url = pathToFileURL(path.join(tryGetCwd(), '[eval1]')).href;
  require('internal/modules/esm/loader').runModuleSource(source, url);
}

function evalScript(name, source, print) {
  const inputType = require('internal/options').getOptionValue('--input-type');
  if (inputType === 'module') return evalModule(source, print);
  if (inputType !== undefined && inputType !== 'commonjs') {
    process._rawDebug(`apus: --input-type must be "module" or "commonjs"`);
    process.reallyExit(9);
  }
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
