'use strict';
// `apus -e code` and `apus -p code`: the code runs as a script whose require() and module are
// those of a CommonJS module named "[eval]" in the current directory; the public builtin
// modules are globals too.

const { prepareMainThreadExecution, runAfterPreloads } = require('internal/process/pre_execution');
const { evalScript } = require('internal/process/execution_eval');
const { addBuiltinLibsToObject } = require('internal/modules/helpers');

module.exports = function evalString(options) {
  const { Module, preloading } = prepareMainThreadExecution(options);
  addBuiltinLibsToObject(globalThis, require, Module.builtinModules);
  runAfterPreloads(preloading,
    () => evalScript('[eval]', options.eval ?? '', options.mode === 'print', options.flags['--input-type']));
};
