'use strict';
// import() in -e code and in code read from stdin resolves against the working directory, and a
// directory import names the file require() would have loaded.
const { spawnSync } = require('child_process');
const run = (args, input) => {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', input });
  process.stdout.write(`${result.status} ${result.stdout}`);
};
run(['-e', "import('./fixtures/order-1.mjs').then((m) => console.log('eval', m.one))"]);
run([], "import('node:path').then((m) => console.log('stdin', typeof m.join))");
run(['-e', "import('./fixtures/dir-with-main').catch((e) => console.log(e.code, e.message.split('\\n')[1]))"]);
