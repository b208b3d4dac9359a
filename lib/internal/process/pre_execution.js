'use strict';
// What every main script needs before user code runs: the module loader and -r preloads.

function prepareMainThreadExecution(options) {
  checkPermissionOptions(options.flags);
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

// The permission model is not built: a program that asks for it is stopped rather than run
// without the restrictions it expects. Its --allow-* options need it, as in Node.
function checkPermissionOptions(flags) {
  if ('--experimental-permission' in flags) {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED('The permission model (--experimental-permission)');
  }
  for (const name of ['--allow-fs-read', '--allow-fs-write', '--allow-child-process', '--allow-worker']) {
    if (name in flags) {
      const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
      throw new ERR_MISSING_OPTION('--experimental-permission');
    }
  }
}

module.exports = { prepareMainThreadExecution, runAfterPreloads };
