'use strict';
// What every main script needs before user code runs: the module loader and -r preloads.

function prepareMainThreadExecution(options) {
  checkUnsupportedOptions(options.flags);
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

// Options for features Apus does not build stop the program rather than let it run without what
// it asked for (the permission model's restrictions, loader hooks, a watch loop, frozen
// intrinsics); the --allow-* options need --experimental-permission, as in Node. The debugger and
// source maps change no behaviour: asking for them only warns.
const kRefusedOptions = {
  '--experimental-permission': 'The permission model (--experimental-permission)',
  '--experimental-loader': 'Module customization hooks (--experimental-loader)',
  '--loader': 'Module customization hooks (--loader)',
  '--watch': 'Watch mode (--watch)',
  '--frozen-intrinsics': '--frozen-intrinsics',
  '--experimental-policy': 'Policies (--experimental-policy)',
  '--policy-integrity': 'Policies (--policy-integrity)',
  '--experimental-detect-module': '--experimental-detect-module',
  '--experimental-shadow-realm': '--experimental-shadow-realm',
  '--experimental-wasm-modules': '--experimental-wasm-modules',
  '--experimental-network-imports': '--experimental-network-imports',
  '--experimental-eventsource': '--experimental-eventsource',
  '--experimental-websocket': '--experimental-websocket',
  '--experimental-require-module': '--experimental-require-module',
  '--experimental-sea-config': 'Single executable applications (--experimental-sea-config)',
};

function checkUnsupportedOptions(flags) {
  const refused = (feature) => {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    return new ERR_NOT_IMPLEMENTED(feature);
  };
  for (const name in flags) {
    if (name in kRefusedOptions) throw refused(kRefusedOptions[name]);
  }
  const defaultType = flags['--experimental-default-type'];
  if (defaultType !== undefined && defaultType !== 'commonjs') {
    throw refused(`--experimental-default-type=${defaultType}`);
  }
  for (const name of ['--allow-fs-read', '--allow-fs-write', '--allow-child-process', '--allow-worker']) {
    if (name in flags) {
      const { codes: { ERR_MISSING_OPTION } } = require('internal/errors');
      throw new ERR_MISSING_OPTION('--experimental-permission');
    }
  }
  for (const name in flags) {
    if (name === '--inspect' || name.startsWith('--inspect-')) {
      process.emitWarning(`The inspector is not available in Apus: ${name} has no effect.`);
    } else if (name === '--enable-source-maps') {
      process.emitWarning('Source maps are not supported by Apus yet: --enable-source-maps has no effect.');
    }
  }
}

module.exports = { prepareMainThreadExecution, runAfterPreloads };
