// package.json "exports" (conditions, patterns, null) and "imports", through require().
const assert = require('assert');
const path = require('path');
const fixture = (p) => path.join(__dirname, 'fixtures', p);
const r = require('module').createRequire(fixture('app/index.js'));
assert.strictEqual(r('pkg'), 'main:secret');
assert.strictEqual(r('pkg/feature/a'), 'feature-a');
assert.throws(() => r('pkg/hidden'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => r('pkg/lib/other.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './lib/other.js' is not defined by "exports" in ${fixture('node_modules/pkg/package.json')}`,
});
assert.throws(() => r('no-such-package'), (err) => err.code === 'MODULE_NOT_FOUND' &&
  err.message.startsWith("Cannot find module 'no-such-package'") && Array.isArray(err.requireStack));
assert.strictEqual(r.resolve('pkg'), fixture('node_modules/pkg/lib/main.js'));
