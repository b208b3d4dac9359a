'use strict';
// What dns and dns/promises share: option validation for lookup() and lookupService(), the
// default address order, and the errors of a failed resolution.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateBoolean, validateNumber, validateOneOf } = require('internal/validators');
const { isIP } = require('internal/net');

const cares = internalBinding('cares_wrap');
const { AI_ADDRCONFIG: ADDRCONFIG, AI_ALL: ALL, AI_V4MAPPED: V4MAPPED } = cares;

// Must match CaresWrapBinding.Order in Sources/Bindings/CaresWrapBinding.swift
const kOrderVerbatim = 0;
const kOrderIPv4First = 1;
const kOrderIPv6First = 2;
const kOrders = { __proto__: null, verbatim: kOrderVerbatim, ipv4first: kOrderIPv4First, ipv6first: kOrderIPv6First };

let defaultOrder;
function getDefaultResultOrder() {
  defaultOrder ??= require('internal/options').getOptionValue('--dns-result-order') ?? 'verbatim';
  return defaultOrder;
}
function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultOrder = order;
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

// lookup()'s options after its callback has been checked: { family, hints, all, order }.
function lookupOptions(options) {
  const result = { family: 0, hints: 0, all: false, order: kOrders[getDefaultResultOrder()] };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    result.family = options;
    return result;
  }
  if (options === undefined || options === null) return result;
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  if (options.hints != null) {
    validateNumber(options.hints, 'options.hints');
    result.hints = options.hints >>> 0;
    validateHints(result.hints);
  }
  if (options.family != null) {
    if (options.family === 'IPv4') result.family = 4;
    else if (options.family === 'IPv6') result.family = 6;
    else {
      validateOneOf(options.family, 'options.family', [0, 4, 6]);
      result.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    result.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    result.order = options.verbatim ? kOrderVerbatim : kOrderIPv4First;
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', ['verbatim', 'ipv4first', 'ipv6first']);
    result.order = kOrders[options.order];
  }
  return result;
}

// The resolver's "no such name" and "no address" are both ENOTFOUND, as in Node.
function dnsException(errno, syscall, hostname) {
  const code = errno === cares.UV_EAI_NODATA || errno === cares.UV_EAI_NONAME ? 'ENOTFOUND' :
    require('internal/util').getSystemErrorName(errno);
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

let invalidHostnameWarned = false;
function warnInvalidHostname(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// A lookup answered without the resolver: an empty name (null, with DEP0118) or an IP literal,
// as { first, all } with { address, family } entries; undefined for a name to resolve.
function answerWithoutResolver(hostname, family) {
  if (!hostname) {
    warnInvalidHostname(hostname);
    return { first: { address: null, family: family === 6 ? 6 : 4 }, all: [] };
  }
  const literalFamily = isIP(hostname);
  if (!literalFamily) return undefined;
  const entry = { address: hostname, family: literalFamily };
  return { first: entry, all: [entry] };
}

// Resolves `hostname` with getaddrinfo through `req` (which Node's lookup() returns):
// done(err) or done(null, entries) with { address, family } entries in the asked order. Returns
// false when the request could not start (done is called on the next tick).
function resolveName(req, hostname, { family, hints, order }, done) {
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = (status, addresses) => {
    if (status !== 0) done(dnsException(status, 'getaddrinfo', hostname));
    else done(null, addresses.map((address) => ({ address, family: family || isIP(address) })));
  };
  const status = cares.getaddrinfo(req, toASCII(hostname), family, hints, order);
  if (status === 0) return true;
  process.nextTick(done, dnsException(status, 'getaddrinfo', hostname));
  return false;
}

// Host names go to the resolver in their ASCII (punycode) form.
function toASCII(hostname) {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(hostname) ? hostname : require('internal/url').domainToASCII(hostname) || hostname;
}

// The resolver's error codes, as dns exports them.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

// The queries that talk DNS to name servers: not built yet (they throw ERR_NOT_IMPLEMENTED).
const kNotBuilt = [
  'Resolver', 'setServers', 'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
  'reverse',
];

module.exports = {
  ADDRCONFIG, ALL, V4MAPPED, kNotBuilt,
  answerWithoutResolver, cares, dnsException, errorCodes, getDefaultResultOrder, lookupOptions, resolveName,
  setDefaultResultOrder,
};
