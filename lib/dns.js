'use strict';
// Not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('dns', [
  'lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveCaa', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse', 'setServers', 'getServers', 'setDefaultResultOrder', 'getDefaultResultOrder', 'Resolver',
]);
