'use strict';
// What every main script needs before user code runs: the module loader and -r preloads.

function prepareMainThreadExecution(options) {
  const { Module } = require('internal/modules/cjs/loader');
  Module.initialize(options);
  if (process.env.NODE_CHANNEL_FD) require('internal/child_process/ipc').setupChildChannel();
  if (options.requires.length > 0) Module._preloadModules(options.requires);
  const preloading = importPreloads();
  internalBinding('process_methods').markBootstrapComplete();
  return { Module, preloading };
}

// --import X (any number): ES modules loaded, in order, before the main script. Returns a
// promise when one of them awaits at top level; the main script then waits for it.
function importPreloads() {
  const specifiers = [];
  const { execArgv } = process;
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i].startsWith('--import=')) specifiers.push(execArgv[i].slice(9));
    else if (execArgv[i] === '--import') specifiers.push(execArgv[++i]);
  }
  if (specifiers.length === 0) return undefined;
  return require('internal/modules/esm/loader').importPreloads(specifiers);
}

// Runs `main` now, or once the --import modules have finished evaluating.
function runAfterPreloads(preloading, main) {
  if (preloading === undefined) return main();
  preloading.then(main, (error) => require('internal/process/execution').triggerUncaughtException(error, true));
}

module.exports = { prepareMainThreadExecution, runAfterPreloads };
