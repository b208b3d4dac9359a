'use strict';
// `apus -e code` and `apus -p code`: the code runs as if it were a CommonJS module named
// "[eval]" in the current directory, with require() relative to it.

const { prepareMainThreadExecution, runAfterPreloads } = require('internal/process/pre_execution');
const { evalScript } = require('internal/process/execution_eval');
const { addBuiltinLibsToObject } = require('internal/modules/helpers');

module.exports = function evalString(options) {
  const { preloading } = prepareMainThreadExecution(options);
  addBuiltinLibsToObject(globalThis, require);
  runAfterPreloads(preloading, () => evalScript('[eval]', options.eval ?? '', options.mode === 'print'));
};
