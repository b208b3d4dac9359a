'use strict';
// Modules that cannot load or link: the error's class, code and message, from import() and as
// the entry point (exit status 1 and the source line with Node's caret for link errors).
const path = require('path');
const { spawnSync } = require('child_process');
const fixtures = ['throws', 'missing-export', 'missing-cjs-export', 'json-without-type', 'syntax-error',
  'not-found', 'dir-import'];

(async () => {
  for (const name of fixtures) {
    try {
      await import(`./fixtures/${name}.mjs`);
      console.log(name, 'loaded');
    } catch (error) {
      console.log(name, error.name, error.code, error.message.replaceAll(__dirname, '<dir>'));
    }
  }
  for (const name of ['missing-export', 'missing-cjs-export', 'syntax-error']) {
    const result = spawnSync(process.execPath, [path.join('fixtures', `${name}.mjs`)], { encoding: 'utf8' });
    const context = result.stderr.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '<dir>');
    console.log(name, result.status);
    console.log(context);
  }
  for (const specifier of ['node:nope', 'nopkg', 'https://example.com/x.mjs', './fixtures/data.json']) {
    await import(specifier).then(() => console.log(specifier, 'loaded'),
      (error) => console.log(specifier, error.name, error.code, error.message.replaceAll(__dirname, '<dir>')));
  }
})();
