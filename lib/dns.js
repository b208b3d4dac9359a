'use strict';
// Name resolution. lookup() and lookupService() use the system resolver (getaddrinfo and
// getnameinfo on libuv's thread pool), as in Node; the DNS-protocol queries (resolve*, reverse,
// Resolver) are not built yet and throw ERR_NOT_IMPLEMENTED.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  ADDRCONFIG, ALL, V4MAPPED, kNotBuilt,
  answerWithoutResolver, cares, dnsException, errorCodes, getDefaultResultOrder, lookupOptions, resolveName,
  setDefaultResultOrder,
} = require('internal/dns/utils');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

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
  const settings = lookupOptions(options);
  const answer = answerWithoutResolver(hostname, settings.family);
  if (answer !== undefined) {
    if (settings.all) process.nextTick(callback, null, answer.all);
    else process.nextTick(callback, null, answer.first.address, answer.first.family);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  const started = resolveName(req, hostname, settings, (err, entries) => {
    if (err) callback(err);
    else if (settings.all) callback(null, entries);
    else callback(null, entries[0].address, entries[0].family);
  });
  return started ? req : {};
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

const notBuilt = require('internal/not_implemented_module')('dns', kNotBuilt);

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
