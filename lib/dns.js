'use strict';
// Name resolution. lookup() and lookupService() use the system resolver (getaddrinfo and
// getnameinfo on libuv's thread pool), as in Node; the DNS-protocol queries (resolve*, reverse,
// Resolver) are not built yet and throw ERR_NOT_IMPLEMENTED.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  ADDRCONFIG, ALL, V4MAPPED,
  cares, dnsException, errorCodes, getDefaultResultOrder, lookupOptions, setDefaultResultOrder, toASCII,
  warnInvalidHostname,
} = require('internal/dns/utils');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function onlookup(status, addresses) {
  if (status !== 0) {
    this.callback(dnsException(status, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(status, addresses) {
  if (status !== 0) {
    this.callback(dnsException(status, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  this.callback(null, addresses.map((address) => ({ address, family: family || isIP(address) })));
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (options !== undefined && options !== null && typeof options !== 'object' &&
             typeof options !== 'number') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
  }
  const { family, hints, all, order } = lookupOptions(options);

  if (!hostname) {
    warnInvalidHostname(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const literalFamily = isIP(hostname);
  if (literalFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literalFamily }]);
    else process.nextTick(callback, null, hostname, literalFamily);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const status = cares.getaddrinfo(req, toASCII(hostname), family, hints, order);
  if (status !== 0) {
    process.nextTick(callback, dnsException(status, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

function onlookupservice(status, hostname, service) {
  if (status !== 0) {
    this.callback(dnsException(status, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = +port;
  req.oncomplete = onlookupservice;
  const status = cares.getnameinfo(req, address, +port);
  if (status !== 0) throw dnsException(status, 'getnameinfo', address);
  return req;
}

const notBuilt = require('internal/not_implemented_module')('dns', [
  'Resolver', 'setServers', 'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
  'reverse',
]);

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  ...notBuilt,
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return promises ??= require('dns/promises'); },
});
