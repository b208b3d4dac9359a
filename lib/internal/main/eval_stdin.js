'use strict';
// `apus` with a script piped on stdin (or `apus -`): read it all, then run it like -e.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const { evalScript } = require('internal/process/execution_eval');
const { readStdinUtf8, guessHandleType } = internalBinding('fs');

module.exports = function evalStdin(options) {
  prepareMainThreadExecution(options);
  if (guessHandleType(0) === 'TTY' || options.flags['--interactive'] !== undefined) {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED('The REPL');
  }
  evalScript('[stdin]', readStdinUtf8(), options.mode === 'print');
};
