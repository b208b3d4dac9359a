'use strict';
// module.register (loader hooks) and module.SourceMap exist and throw ERR_NOT_IMPLEMENTED
// naming themselves: neither is built yet.
const assert = require('assert');
const Module = require('module');
assert.strictEqual(Module.register.length, 1);
assert.throws(() => Module.register('./hooks.mjs'), { code: 'ERR_NOT_IMPLEMENTED', message: /module\.register\(\)/ });
assert.throws(() => new Module.SourceMap({}), { code: 'ERR_NOT_IMPLEMENTED', message: /module\.SourceMap/ });
