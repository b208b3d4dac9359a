'use strict';
// node:test is not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('test', [
  'test', 'describe', 'it', 'before', 'after', 'beforeEach', 'afterEach', 'run', 'mock', 'suite',
]);
