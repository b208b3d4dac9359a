'use strict';
// What every main script needs before user code runs: the module loader and -r preloads.

function prepareMainThreadExecution(options) {
  const { Module } = require('internal/modules/cjs/loader');
  Module.initialize(options);
  if (process.env.NODE_CHANNEL_FD) require('internal/child_process/ipc').setupChildChannel();
  if (options.requires.length > 0) Module._preloadModules(options.requires);
  const preloading = options.imports.length > 0 ?
    require('internal/modules/esm/loader').importPreloads(options.imports) : undefined;
  internalBinding('process_methods').markBootstrapComplete();
  return { Module, preloading };
}

// Runs `main` now, or once the --import modules (ES modules loaded in order before the main
// script; a promise when one awaits at top level) have finished evaluating.
function runAfterPreloads(preloading, main) {
  if (preloading === undefined) return main();
  preloading.then(main, (error) => require('internal/process/execution').triggerUncaughtException(error, true));
}

module.exports = { prepareMainThreadExecution, runAfterPreloads };
