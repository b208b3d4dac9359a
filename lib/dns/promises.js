'use strict';
// dns.promises: lookup() and lookupService() as promises; the DNS-protocol queries are not
// built yet (see lib/dns.js).

const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  ADDRCONFIG, ALL, V4MAPPED, kNotBuilt,
  answerWithoutResolver, cares, dnsException, errorCodes, getDefaultResultOrder, lookupOptions, resolveName,
  setDefaultResultOrder,
} = require('internal/dns/utils');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const settings = lookupOptions(options);
  const answer = answerWithoutResolver(hostname, settings.family);
  if (answer !== undefined) return Promise.resolve(settings.all ? answer.all : answer.first);
  return new Promise((resolve, reject) => {
    resolveName(new GetAddrInfoReqWrap(), hostname, settings, (err, entries) => {
      if (err) reject(err);
      else resolve(settings.all ? entries : entries[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.oncomplete = (status, hostname, service) => {
      if (status !== 0) reject(dnsException(status, 'getnameinfo', address));
      else resolve({ hostname, service });
    };
    const status = cares.getnameinfo(req, address, +port);
    if (status !== 0) reject(dnsException(status, 'getnameinfo', address));
  });
}

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  ...require('internal/not_implemented_module')('dns.promises', kNotBuilt),
};
