'use strict';
// `apus` with a script piped on stdin (or `apus -`): read it all, then run it like -e.

const { prepareMainThreadExecution, runAfterPreloads } = require('internal/process/pre_execution');
const { evalScript } = require('internal/process/execution_eval');
const { readStdinUtf8, guessHandleType } = internalBinding('fs');

module.exports = function evalStdin(options) {
  const { preloading } = prepareMainThreadExecution(options);
  if (guessHandleType(0) === 'TTY' || options.flags['--interactive'] !== undefined) {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED('The REPL');
  }
  const source = readStdinUtf8();
  runAfterPreloads(preloading, () => evalScript('[stdin]', source, options.mode === 'print'));
};
