'use strict';
// Not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('trace_events', [
  'createTracing', 'getEnabledCategories',
]);
