'use strict';
// util.parseArgs: short groups, inline values, multiple, defaults, tokens, and each strict error.
const { parseArgs, inspect } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true, default: ['none'] },
  level: { type: 'string', default: 'info' },
};
const show = (config) => {
  try {
    console.log(inspect(parseArgs(config), { depth: 4, breakLength: 120 }));
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
};
show({ args: ['-vf', 'a.txt', '--tag=x', '--tag', 'y', 'pos'], options, allowPositionals: true });
show({ args: ['-vfa.txt', '--', '--not-an-option'], options, allowPositionals: true, tokens: true });
show({ args: ['--unknown'], options });
show({ args: ['--unknown'], options, strict: false });
show({ args: ['pos'], options });
show({ args: ['--file'], options });
show({ args: ['--verbose=yes'], options });
show({ args: ['--file', '--verbose'], options });
show({ args: ['-f', '-v'], options });
show({ args: [], options: { bad: { type: 'number' } } });
show({ args: [], options: { bad: { type: 'string', short: 'ab' } } });
show({ args: [], options: { bad: { type: 'boolean', default: 'x' } } });
