'use strict';
// Not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('readline.promises', [
  'createInterface', 'Interface', 'Readline',
]);
