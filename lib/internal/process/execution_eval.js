'use strict';
// Runs -e/-p/stdin source as a classic script in the main realm, as Node does: `this` is the
// global object, top-level `var`s become globals, and `module`, `require`, `exports`,
// `__filename` and `__dirname` are globals of an "[eval]" module in the working directory.

const path = require('path');

// --input-type=module: the code is an ES module at "[eval1]" in the working directory.
function evalModule(source, print) {
  if (print) {
    const { codes: { ERR_EVAL_ESM_CANNOT_PRINT } } = require('internal/errors');
    throw new ERR_EVAL_ESM_CANNOT_PRINT();
  }
  const { pathToFileURL } = require('internal/url');
  const url = pathToFileURL(path.join(tryGetCwd(), '[eval1]')).href;
  require('internal/process/execution').registerInMemorySource(url, source);
  require('internal/modules/esm/loader').runModuleSource(source, url);
}

// `inputType`: the --input-type option's value, if given.
function evalScript(name, source, print, inputType) {
  if (inputType === 'module') return evalModule(source, print);
  if (inputType !== undefined && inputType !== 'commonjs') {
    process._rawDebug(`${process.argv0}: --input-type must be "module" or "commonjs"`);
    process.reallyExit(9);
  }
  const { Module, makeRequireFunction, dynamicImportFrom } = require('internal/modules/cjs/loader');
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
  const execution = require('internal/process/execution');
  execution.registerInMemorySource(name, source);
  // A "#!" line is a comment to Node; its length is kept so columns stay right.
  let body = source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33 ? `//${source.slice(2)}` : source;
  if (body.includes('import')) {
    // import() reaches the module loader through a function the rewritten calls name: a script
    // has no wrapper to pass it in, so it is a hidden (non-enumerable) global.
    const rewritten = require('internal/modules/esm/transform').rewriteDynamicImport(body);
    if (rewritten !== body) {
      body = rewritten;
      const { kDynamicImport } = require('internal/modules/esm/transform');
      Object.defineProperty(globalThis, kDynamicImport, {
        __proto__: null, value: dynamicImportFrom(module.filename), writable: false, enumerable: false, configurable: true,
      });
    }
  }
  const errorStack = require('internal/error_stack');
  // Stack frames in the script get their columns from its text, as those of files do.
  errorStack.registerSource(name, body, 1);
  let compiled = body;
  if ('--use-strict' in require('internal/bootstrap/realm').options.flags) {
    // --use-strict makes the script strict code (as in Node, not CommonJS modules): its
    // directive shares the first line, whose columns move by its length.
    compiled = `${kUseStrict}${body}`;
    errorStack.registerFirstLineShift(name, kUseStrict.length);
  }
  let result;
  try {
    result = internalBinding('contextify').runScript(compiled, name);
  } catch (error) {
    if (error instanceof SyntaxError) execution.recordSyntaxErrorLocation(error);
    throw error;
  }
  if (print) {
    const { log } = require('internal/console/global');
    log(result);
  }
}

const kUseStrict = "'use strict';";

function tryGetCwd() {
  try {
    return process.cwd();
  } catch {
    return path.dirname(process.execPath);
  }
}

module.exports = { evalScript };
