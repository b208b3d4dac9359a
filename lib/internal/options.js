'use strict';
// The value of a command-line option given as `--name=value` or `--name value`, read from
// process.execArgv; undefined when it is absent.

function getOptionValue(name) {
  const { execArgv } = process;
  const prefix = `${name}=`;
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i].startsWith(prefix)) return execArgv[i].slice(prefix.length);
    if (execArgv[i] === name) return execArgv[i + 1];
  }
  return undefined;
}

module.exports = { getOptionValue };
