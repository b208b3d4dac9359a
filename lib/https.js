'use strict';
// HTTPS needs TLS, which is not built yet: every export throws ERR_NOT_IMPLEMENTED. request()
// and get() check their URL first, as Node does before any connection, so a malformed URL still
// gets ERR_INVALID_URL.
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function checkedRequest(name) {
  return {
    [name](input) {
      if (typeof input === 'string') new URL(input);
      throw new ERR_NOT_IMPLEMENTED(`https.${name}`);
    },
  }[name];
}

module.exports = require('internal/not_implemented_module')('https', ['Agent', 'Server', 'createServer'], {
  get: checkedRequest('get'),
  request: checkedRequest('request'),
});
