'use strict';
// `apus file.js`: preload -r modules, then load the file as the main CommonJS module.

const { prepareMainThreadExecution, runAfterPreloads } = require('internal/process/pre_execution');

module.exports = function runMainModule(options) {
  const { Module, preloading } = prepareMainThreadExecution(options);
  if ('--check' in options.flags) {
    // -c: compile the file without running it; a SyntaxError is reported like any fatal error.
    const { wrapSafe, isESMEntry } = require('internal/modules/cjs/loader');
    const filename = require('path').resolve(process.argv[1]);
    const source = internalBinding('fs').readFileUtf8(filename);
    if (isESMEntry(filename)) {
      const { pathToFileURL } = require('internal/url');
      require('internal/modules/esm/loader').checkModuleSyntax(source, pathToFileURL(filename).href);
    } else {
      wrapSafe(filename, source);
    }
    return;
  }
  runAfterPreloads(preloading, () => Module.runMain(process.argv[1]));
};
