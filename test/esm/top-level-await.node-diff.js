'use strict';
// Top-level await: evaluation order across modules, import() of an evaluated module, and exit
// code 13 when the awaited promise never settles.
const { spawnSync } = require('child_process');
for (const fixture of ['fixtures/top-level-await.mjs', 'fixtures/unsettled.mjs']) {
  const result = spawnSync(process.execPath, [fixture], { encoding: 'utf8' });
  console.log(fixture, result.status);
  process.stdout.write(result.stdout);
}
