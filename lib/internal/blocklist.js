'use strict';
// net.BlockList and net.SocketAddress. Addresses are compared as 128-bit numbers, IPv4 ones in
// their IPv4-mapped IPv6 form (::ffff:a.b.c.d), so an IPv4 rule also matches the mapped address
// checked as IPv6 and the other way round.

const { codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInt32, validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { isIPv4, isIPv6 } = require('internal/net');

const kMappedPrefix = 0xffffn << 32n;

function parseIPv4(text) {
  if (!isIPv4(text)) return undefined;
  return text.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function parseIPv6(text) {
  if (!isIPv6(text)) return undefined;
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  let groups = [];
  const halves = text.split('::');
  const toGroups = (part) => {
    if (part === '') return [];
    const pieces = part.split(':');
    const last = pieces[pieces.length - 1];
    if (last.includes('.')) {
      const v4 = parseIPv4(last);
      pieces.splice(-1, 1, Number(v4 >> 16n).toString(16), Number(v4 & 0xffffn).toString(16));
    }
    return pieces.map((piece) => Number.parseInt(piece, 16));
  };
  if (halves.length === 2) {
    const head = toGroups(halves[0]);
    const tail = toGroups(halves[1]);
    groups = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    groups = toGroups(text);
  }
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function normalizedFamily(family, name = 'family') {
  validateString(family, name);
  const lower = family.toLowerCase();
  if (lower !== 'ipv4' && lower !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return lower;
}

// util.inspect options one level down.
function nested(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

const kAddress = Symbol('address');

class SocketAddress {
  constructor(options = {}) {
    validateObject(options, 'options');
    const family = normalizedFamily(options.family ?? 'ipv4', 'options.family');
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    const valid = family === 'ipv4' ? isIPv4(address) : isIPv6(address);
    if (!valid) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = { address, port: port | 0, family, flowlabel };
  }

  get address() { return this[kAddress].address; }
  get port() { return this[kAddress].port; }
  get family() { return this[kAddress].family; }
  get flowlabel() { return this[kAddress].flowlabel; }

  static isSocketAddress(value) { return value?.[kAddress] !== undefined; }

  toJSON() { return { ...this[kAddress] }; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), nested(options))}`;
  }
}

// An address argument (a string in `family`, or a SocketAddress) as its 128-bit key; undefined
// when the text is not an address of that family.
function keyOf(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) {
    family = address.family;
    address = address.address;
  } else {
    validateString(address, name);
    family = normalizedFamily(family);
  }
  if (family === 'ipv4') {
    const value = parseIPv4(address);
    return value === undefined ? undefined : { key: kMappedPrefix | value, family, address };
  }
  const value = parseIPv6(address);
  return value === undefined ? undefined : { key: value, family, address };
}

function familyName(family) { return family === 'ipv4' ? 'IPv4' : 'IPv6'; }

class BlockList {
  #rules = [];

  static isBlockList(value) {
    return value instanceof BlockList;
  }

  addAddress(address, family = 'ipv4') {
    const entry = keyOf(address, family, 'address');
    if (entry === undefined) throw new ERR_INVALID_ARG_VALUE('address', address);
    this.#rules.unshift({
      matches: (key) => key === entry.key,
      text: `Address: ${familyName(entry.family)} ${entry.address}`,
    });
  }

  addRange(start, end, family = 'ipv4') {
    const first = keyOf(start, family, 'start');
    const last = keyOf(end, family, 'end');
    if (first === undefined) throw new ERR_INVALID_ARG_VALUE('start', start);
    if (last === undefined) throw new ERR_INVALID_ARG_VALUE('end', end);
    if (first.key > last.key) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this.#rules.unshift({
      matches: (key) => key >= first.key && key <= last.key,
      text: `Range: ${familyName(first.family)} ${first.address}-${last.address}`,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    if (SocketAddress.isSocketAddress(network)) {
      family = network.family;
    } else {
      validateString(network, 'network');
      family = normalizedFamily(family);
    }
    validateInt32(prefix, 'prefix', 0, family === 'ipv4' ? 32 : 128);
    const entry = keyOf(network, family, 'network');
    if (entry === undefined) throw new ERR_INVALID_ARG_VALUE('network', network);
    const shift = 128n - BigInt(family === 'ipv4' ? 96 + prefix : prefix);
    const base = entry.key >> shift;
    this.#rules.unshift({
      matches: (key) => key >> shift === base,
      text: `Subnet: ${familyName(family)} ${entry.address}/${prefix}`,
    });
  }

  check(address, family = 'ipv4') {
    const entry = keyOf(address, family, 'address');
    if (entry === undefined) return false;
    return this.#rules.some((rule) => rule.matches(entry.key));
  }

  get rules() { return this.#rules.map((rule) => rule.text); }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    return `BlockList ${inspect({ rules: this.rules }, nested(options))}`;
  }
}

module.exports = { BlockList, SocketAddress };
