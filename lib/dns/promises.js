'use strict';
// dns.promises: lookup() and lookupService() as promises; the DNS-protocol queries are not
// built yet (see lib/dns.js).

const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  ADDRCONFIG, ALL, V4MAPPED,
  cares, dnsException, errorCodes, getDefaultResultOrder, lookupOptions, setDefaultResultOrder, toASCII,
  warnInvalidHostname,
} = require('internal/dns/utils');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, hints, all, order } = lookupOptions(options);
  if (!hostname) {
    warnInvalidHostname(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const literalFamily = isIP(hostname);
  if (literalFamily) {
    const entry = { address: hostname, family: literalFamily };
    return Promise.resolve(all ? [entry] : entry);
  }
  return new Promise((resolve, reject) => {
    const req = new GetAddrInfoReqWrap();
    req.oncomplete = (status, addresses) => {
      if (status !== 0) {
        reject(dnsException(status, 'getaddrinfo', hostname));
        return;
      }
      const entries = addresses.map((address) => ({ address, family: family || isIP(address) }));
      resolve(all ? entries : entries[0]);
    };
    const status = cares.getaddrinfo(req, toASCII(hostname), family, hints, order);
    if (status !== 0) reject(dnsException(status, 'getaddrinfo', hostname));
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
  ...require('internal/not_implemented_module')('dns.promises', [
    'Resolver', 'setServers', 'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
    'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
    'reverse',
  ]),
};
