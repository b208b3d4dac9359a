'use strict';
// spawnSync's stdout and stderr buffers are made one after the other natively; a collection
// between the two must not free the first. The engine is asked to collect at every slow-path
// allocation, which made the first buffer garbage before each value was kept in the result
// array as it was made.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'check') {
  const size = 1 << 19;
  const env = { ...process.env };
  delete env.JSC_slowPathAllocsBetweenGCs;   // the programs run read their output only
  for (let i = 0; i < 5; i++) {
    const ret = spawnSync(process.execPath, ['-e', `process.stdout.write('a'.repeat(${size})); process.stderr.write('err')`],
                          { env });
    assert.strictEqual(ret.status, 0);
    assert.strictEqual(ret.stdout.length, size);
    assert.strictEqual(ret.stdout.toString(), 'a'.repeat(size));
    assert.strictEqual(ret.stderr.toString(), 'err');
    assert.strictEqual(ret.output[1], ret.stdout);
    assert.strictEqual(ret.output[2], ret.stderr);
  }
  console.log('checked');
} else {
  const child = spawnSync(process.execPath, [__filename, 'check'], {
    env: { ...process.env, JSC_slowPathAllocsBetweenGCs: '1' },
    encoding: 'utf8',
  });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'checked\n');
  assert.strictEqual(child.status, 0);
}
