'use strict';
// Headers of the Fetch Standard: a list of (name, value) pairs kept in the order and letter case
// they were added, read case-insensitively, iterated sorted by lower-case name with the values
// of one name combined (each set-cookie apart).

const { customInspect } = require('internal/util');
const { isHttpToken } = require('internal/http/parser');

const kList = Symbol('kList');
const kGuard = Symbol('kGuard');
const kSorted = Symbol('kSorted');

const kForbiddenValueCharacters = /[\0\r\n]/;
const kOuterWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function byteString(value) {
  const text = `${value}`;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
        `${i} has a value of ${code} which is greater than 255.`);
    }
  }
  return text;
}

function checkName(name, method) {
  if (!isHttpToken(name)) throw new TypeError(`${method}: "${name}" is an invalid header name.`);
}

function normalizeValue(value) {
  return value.replace(kOuterWhitespace, '');
}

function checkValue(value, method) {
  if (kForbiddenValueCharacters.test(value)) throw new TypeError(`${method}: "${value}" is an invalid header value.`);
}

function requireArguments(count, needed, method) {
  if (count >= needed) return;
  const found = count === 0 ? '0' : `only ${count}`;
  throw new TypeError(`${method}: ${needed} argument${needed === 1 ? '' : 's'} required, but ${found} found.`);
}

// What the fetch classes throw for a method called on a foreign object.
function illegalInvocation() {
  const error = new TypeError('Illegal invocation');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

function checkHeaders(headers) {
  if (headers?.[kList] === undefined) throw illegalInvocation();
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

// The list's operations, also used directly by Request, Response and fetch.
function listGet(list, lowerName) {
  let result = null;
  for (let i = 0; i < list.length; i += 2) {
    if (list[i].toLowerCase() === lowerName) result = result === null ? list[i + 1] : `${result}, ${list[i + 1]}`;
  }
  return result;
}

function listHas(list, lowerName) {
  for (let i = 0; i < list.length; i += 2) {
    if (list[i].toLowerCase() === lowerName) return true;
  }
  return false;
}

function listDelete(list, lowerName) {
  for (let i = list.length - 2; i >= 0; i -= 2) {
    if (list[i].toLowerCase() === lowerName) list.splice(i, 2);
  }
}

// Replaces the first pair of that name in place and drops the others; appends when none.
function listSet(list, name, value) {
  const lowerName = name.toLowerCase();
  let found = false;
  for (let i = 0; i < list.length; i += 2) {
    if (list[i].toLowerCase() !== lowerName) continue;
    if (found) {
      list.splice(i, 2);
      i -= 2;
    } else {
      list[i + 1] = value;
      found = true;
    }
  }
  if (!found) list.push(name, value);
}

function appendHeader(headers, name, value, method) {
  name = byteString(name);
  value = normalizeValue(byteString(value));
  checkName(name, method);
  checkValue(value, method);
  checkMutable(headers);
  headers[kList].push(name, value);
  headers[kSorted] = null;
}

// Fills from a sequence of pairs or a record, as the constructor's argument.
function fillHeaders(headers, init) {
  if (init === undefined) return;
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
      'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
          'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
      }
      const items = [...pair];
      if (items.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      }
      appendHeader(headers, items[0], items[1], 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    appendHeader(headers, key, init[key], 'Headers.append');
  }
}

// The pairs iteration shows: lower-case names in order, values combined but for set-cookie.
function sortedPairs(headers) {
  if (headers[kSorted] !== null) return headers[kSorted];
  const list = headers[kList];
  const names = [];
  const seen = new Set();
  for (let i = 0; i < list.length; i += 2) {
    const lowerName = list[i].toLowerCase();
    if (!seen.has(lowerName)) {
      seen.add(lowerName);
      names.push(lowerName);
    }
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pairs = [];
  for (const name of names) {
    if (name === 'set-cookie') {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i].toLowerCase() === name) pairs.push([name, list[i + 1]]);
      }
    } else {
      pairs.push([name, listGet(list, name)]);
    }
  }
  headers[kSorted] = pairs;
  return pairs;
}

const kIteratorTarget = Symbol('kIteratorTarget');
const kIteratorKind = Symbol('kIteratorKind');
const kIteratorIndex = Symbol('kIteratorIndex');

const HeadersIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    __proto__: null,
    value: function next() {
      if (this?.[kIteratorTarget] === undefined) throw illegalInvocation();
      const pairs = sortedPairs(this[kIteratorTarget]);
      const index = this[kIteratorIndex];
      if (index >= pairs.length) return { value: undefined, done: true };
      this[kIteratorIndex] = index + 1;
      const [name, value] = pairs[index];
      const kind = this[kIteratorKind];
      return { value: kind === 'key' ? name : kind === 'value' ? value : [name, value], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'Headers Iterator', configurable: true },
});

function makeIterator(headers, kind) {
  const iterator = Object.create(HeadersIteratorPrototype);
  iterator[kIteratorTarget] = headers;
  iterator[kIteratorKind] = kind;
  iterator[kIteratorIndex] = 0;
  return iterator;
}

class Headers {
  constructor(init = undefined) {
    this[kList] = [];
    this[kGuard] = 'none';
    this[kSorted] = null;
    fillHeaders(this, init);
  }

  append(name, value) {
    checkHeaders(this);
    requireArguments(arguments.length, 2, 'Headers.append');
    appendHeader(this, name, value, 'Headers.append');
  }

  delete(name) {
    checkHeaders(this);
    requireArguments(arguments.length, 1, 'Headers.delete');
    name = byteString(name);
    checkName(name, 'Headers.delete');
    checkMutable(this);
    listDelete(this[kList], name.toLowerCase());
    this[kSorted] = null;
  }

  get(name) {
    checkHeaders(this);
    requireArguments(arguments.length, 1, 'Headers.get');
    name = byteString(name);
    checkName(name, 'Headers.get');
    return listGet(this[kList], name.toLowerCase());
  }

  getSetCookie() {
    checkHeaders(this);
    const list = this[kList];
    const values = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i].toLowerCase() === 'set-cookie') values.push(list[i + 1]);
    }
    return values;
  }

  has(name) {
    checkHeaders(this);
    requireArguments(arguments.length, 1, 'Headers.has');
    name = byteString(name);
    checkName(name, 'Headers.has');
    return listHas(this[kList], name.toLowerCase());
  }

  set(name, value) {
    checkHeaders(this);
    requireArguments(arguments.length, 2, 'Headers.set');
    name = byteString(name);
    value = normalizeValue(byteString(value));
    checkName(name, 'Headers.set');
    checkValue(value, 'Headers.set');
    checkMutable(this);
    listSet(this[kList], name, value);
    this[kSorted] = null;
  }

  forEach(callback, thisArg = undefined) {
    checkHeaders(this);
    requireArguments(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < sortedPairs(this).length; i++) {
      const [name, value] = sortedPairs(this)[i];
      Reflect.apply(callback, thisArg, [value, name, this]);
    }
  }

  keys() {
    checkHeaders(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkHeaders(this);
    return makeIterator(this, 'value');
  }

  entries() {
    checkHeaders(this);
    return makeIterator(this, 'key+value');
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const shown = {};
    for (const [name, value] of sortedPairs(this)) {
      shown[name] = name in shown ? [].concat(shown[name], value) : value;
    }
    return customInspect(this, 'Headers', shown, depth, options);
  }
}

Object.defineProperty(Headers.prototype, Symbol.iterator, {
  __proto__: null, value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { __proto__: null, value: 'Headers', configurable: true });
for (const name of ['append', 'delete', 'get', 'getSetCookie', 'has', 'set', 'forEach', 'keys', 'values', 'entries']) {
  Object.defineProperty(Headers.prototype, name, { __proto__: null, enumerable: true });
}

// A Headers object over an existing list (a Request's or Response's), with its guard.
function headersFromList(list, guard) {
  const headers = Object.create(Headers.prototype);
  headers[kList] = list;
  headers[kGuard] = guard;
  headers[kSorted] = null;
  return headers;
}

module.exports = {
  Headers, headersFromList, fillHeaders, kList, kGuard, listGet, listHas, listSet, listDelete, requireArguments,
  illegalInvocation,
};
