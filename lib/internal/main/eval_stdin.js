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
  if ('--check' in options.flags) {
    // -c: the code is compiled as a CommonJS module body (or an ES module with
    // --input-type=module) and not run; a SyntaxError is reported like any fatal error.
    require('internal/process/execution').registerInMemorySource('[stdin]', source);
    if (options.flags['--input-type'] === 'module') {
      const { pathToFileURL } = require('internal/url');
      const url = pathToFileURL(require('path').join(process.cwd(), '[stdin]')).href;
      require('internal/modules/esm/loader').checkModuleSyntax(source, url);
    } else {
      require('internal/modules/cjs/loader').wrapSafe('[stdin]', source);
    }
    return;
  }
  runAfterPreloads(preloading,
    () => evalScript('[stdin]', source, options.mode === 'print', options.flags['--input-type']));
};
