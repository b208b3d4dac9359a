'use strict';
// What every main script needs before user code runs: the module loader and -r preloads.

function prepareMainThreadExecution(options) {
  const { Module } = require('internal/modules/cjs/loader');
  Module.initialize(options);
  if (process.env.NODE_CHANNEL_FD) require('internal/child_process/ipc').setupChildChannel();
  if (options.requires.length > 0) Module._preloadModules(options.requires);
  internalBinding('process_methods').markBootstrapComplete();
  return { Module };
}

module.exports = { prepareMainThreadExecution };
