'use strict';
// `apus file.js`: preload -r modules, then load the file as the main CommonJS module.

const { prepareMainThreadExecution, runAfterPreloads } = require('internal/process/pre_execution');

module.exports = function runMainModule(options) {
  const { Module, preloading } = prepareMainThreadExecution(options);
  if ('--check' in options.flags) {
    // -c: compile the file without running it; a SyntaxError is reported like any fatal error.
    const { wrapSafe } = require('internal/modules/cjs/loader');
    const filename = require('path').resolve(process.argv[1]);
    wrapSafe(filename, internalBinding('fs').readFileUtf8(filename));
    return;
  }
  runAfterPreloads(preloading, () => Module.runMain(process.argv[1]));
};
