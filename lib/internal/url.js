'use strict';
// WHATWG URL and URLSearchParams, and the file-URL helpers.

const {
  basicParse, serializeURL, serializePath, percentEncodeString, inFormSet, percentDecodeBytes, utf8Bytes, decodeUtf8,
} = require('internal/url_parser');
const {
  codes: { ERR_INVALID_URL, ERR_INVALID_ARG_TYPE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_ARG_NOT_ITERABLE, ERR_INVALID_TUPLE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kContext = Symbol('context');
const kQuery = Symbol('query');
const kHref = Symbol('href');

function parseOrThrow(input, base) {
  let baseRecord;
  if (base !== undefined) {
    baseRecord = basicParse(toStr(base));
    if (baseRecord === null) throw new ERR_INVALID_URL(toStr(input), toStr(base));
  }
  const record = basicParse(toStr(input), baseRecord);
  if (record === null) throw new ERR_INVALID_URL(toStr(input), base === undefined ? undefined : toStr(base));
  return record;
}

function isURL(self) { return self?.[kContext] !== undefined; }

// The URL record for a setter to change: the cached serialization goes.
function mutableContext(self) {
  const url = ctx(self);
  self[kHref] = null;
  return url;
}

// String conversion with the message programs see from Node for a symbol.
function toStr(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    this[kContext] = parseOrThrow(input, base);
    this[kQuery] = null;
    this[kHref] = null;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      parseOrThrow(url, base);
      return true;
    } catch {
      return false;
    }
  }

  static createObjectURL(obj) { return require('internal/blob').createObjectURL(obj); }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(url);
  }

  // The serialization is kept until a setter changes the URL: href is read far more often.
  get href() {
    const url = ctx(this);
    return this[kHref] ??= serializeURL(url);
  }
  set href(value) {
    const record = basicParse(toStr(value));
    if (record === null) throw new ERR_INVALID_URL(toStr(value));
    this[kContext] = record;
    this[kHref] = null;
    if (this[kQuery]) this[kQuery][kList] = parseParams(record.query ?? '');
  }

  get origin() {
    const url = ctx(this);
    if (url.scheme === 'blob') {
      try {
        const inner = basicParse(serializePath(url));
        if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return new URL(serializeURL(inner)).origin;
      } catch {
        // An unparsable blob path has an opaque origin.
      }
      return 'null';
    }
    if (['ftp', 'http', 'https', 'ws', 'wss'].includes(url.scheme)) {
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    }
    return 'null';
  }

  get protocol() { return `${ctx(this).scheme}:`; }
  set protocol(value) { basicParse(`${toStr(value)}:`, undefined, mutableContext(this), 'scheme start'); }

  get username() { return ctx(this).username; }
  set username(value) {
    const url = mutableContext(this);
    if (url.host === null || url.host === '' || url.scheme === 'file') return;
    url.username = percentEncodeString(toStr(value), require('internal/url_parser').inUserinfoSet);
  }

  get password() { return ctx(this).password; }
  set password(value) {
    const url = mutableContext(this);
    if (url.host === null || url.host === '' || url.scheme === 'file') return;
    url.password = percentEncodeString(toStr(value), require('internal/url_parser').inUserinfoSet);
  }

  get host() {
    const url = ctx(this);
    if (url.host === null) return '';
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }
  set host(value) {
    const url = mutableContext(this);
    if (typeof url.path === 'string') return;
    basicParse(toStr(value), undefined, url, 'host');
  }

  get hostname() { return ctx(this).host ?? ''; }
  set hostname(value) {
    const url = mutableContext(this);
    if (typeof url.path === 'string') return;
    basicParse(toStr(value), undefined, url, 'hostname');
  }

  get port() { const port = ctx(this).port; return port === null ? '' : `${port}`; }
  set port(value) {
    const url = mutableContext(this);
    if (url.host === null || url.host === '' || url.scheme === 'file') return;
    value = toStr(value);
    if (value === '') url.port = null;
    else basicParse(value, undefined, url, 'port');
  }

  get pathname() { return serializePath(ctx(this)); }
  set pathname(value) {
    const url = mutableContext(this);
    if (typeof url.path === 'string') return;
    url.path = [];
    basicParse(toStr(value), undefined, url, 'path start');
  }

  get search() { const q = ctx(this).query; return q === null || q === '' ? '' : `?${q}`; }
  set search(value) {
    const url = mutableContext(this);
    value = toStr(value);
    if (value === '') {
      url.query = null;
      if (this[kQuery]) this[kQuery][kList] = [];
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    url.query = '';
    basicParse(input, undefined, url, 'query');
    if (this[kQuery]) this[kQuery][kList] = parseParams(input);
  }

  get searchParams() {
    if (this[kQuery] === null) {
      // The query itself, not a constructor string: a leading `?` in it is part of the first name.
      const params = new URLSearchParams();
      params[kList] = parseParams(ctx(this).query ?? '');
      params[kURL] = this;
      this[kQuery] = params;
    }
    return this[kQuery];
  }

  get hash() { const f = ctx(this).fragment; return f === null || f === '' ? '' : `#${f}`; }
  set hash(value) {
    const url = mutableContext(this);
    value = toStr(value);
    if (value === '') {
      url.fragment = null;
      return;
    }
    url.fragment = '';
    basicParse(value[0] === '#' ? value.slice(1) : value, undefined, url, 'fragment');
  }

  toString() { return this.href; }
  toJSON() { return this.href; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    const { inspect } = require('internal/util/inspect');
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }
}

function ctx(self) {
  if (!isURL(self)) throw new ERR_INVALID_THIS('URL');
  return self[kContext];
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { configurable: true, value: 'URL' });

const kList = Symbol('list');
const kURL = Symbol('url');

// application/x-www-form-urlencoded parsing in one scan: the pairs split at '&', each at its
// first '='; a name or value is decoded only if it holds a '+', a '%' or a surrogate.
function parseParams(input) {
  const list = [];
  const length = input.length;
  let start = 0;
  let equals = -1;
  let plus = false;
  let escaped = false;
  let namePlus = false;
  let nameEscaped = false;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? input.charCodeAt(i) : 0x26;
    if (c === 0x26) {
      if (i > start) {
        if (equals === -1) {
          list.push(decodePiece(input, start, i, plus, escaped), '');
        } else {
          list.push(decodePiece(input, start, equals, namePlus, nameEscaped),
            decodePiece(input, equals + 1, i, plus, escaped));
        }
      }
      start = i + 1;
      equals = -1;
      plus = false;
      escaped = false;
    } else if (c === 0x3d && equals === -1) {
      equals = i;
      namePlus = plus;
      nameEscaped = escaped;
      plus = false;
      escaped = false;
    } else if (c === 0x2b) {
      plus = true;
    } else if (c === 0x25 || (c >= 0xd800 && c <= 0xdfff)) {
      escaped = true;
    }
  }
  return list;
}

// One name or value: '+' is a space; escapes are UTF-8 bytes (lone surrogates become U+FFFD),
// so text without them is its own decoding.
function decodePiece(input, start, end, plus, escaped) {
  const piece = input.slice(start, end);
  if (escaped) return decodeUtf8(percentDecodeBytes(utf8Bytes(plusToSpace(piece))));
  return plus ? plusToSpace(piece) : piece;
}

function plusToSpace(string) {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < string.length; i++) {
    if (string.charCodeAt(i) !== 0x2b) continue;
    out += `${string.slice(runStart, i)} `;
    runStart = i + 1;
  }
  return out + string.slice(runStart);
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += `${percentEncodeString(list[i], inFormSet, true)}=${percentEncodeString(list[i + 1], inFormSet, true)}`;
  }
  return out;
}

function toUSV(value) { return toStr(value).toWellFormed(); }

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kURL] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(toUSV(items[0]), toUSV(items[1]));
        }
      } else {
        // A record: every enumerable own key, symbols included (which cannot become strings).
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) this[kList].push(toUSV(key), toUSV(init[key]));
        }
      }
    } else {
      init = toUSV(init);
      this[kList] = parseParams(init[0] === '?' ? init.slice(1) : init);
    }
  }

  get size() { return list(this).length / 2; }

  append(name, value) {
    const items = list(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    items.push(toUSV(name), toUSV(value));
    update(this);
  }

  delete(name, value = undefined) {
    const items = list(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < items.length;) {
      if (items[i] === name && (value === undefined || items[i + 1] === value)) items.splice(i, 2);
      else i += 2;
    }
    update(this);
  }

  get(name) {
    const items = list(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    for (let i = 0; i < items.length; i += 2) if (items[i] === name) return items[i + 1];
    return null;
  }

  getAll(name) {
    const items = list(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const values = [];
    for (let i = 0; i < items.length; i += 2) if (items[i] === name) values.push(items[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    const items = list(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < items.length; i += 2) {
      if (items[i] === name && (value === undefined || items[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    const items = list(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    let found = false;
    for (let i = 0; i < items.length;) {
      if (items[i] === name) {
        if (!found) {
          items[i + 1] = value;
          found = true;
          i += 2;
        } else {
          items.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) items.push(name, value);
    update(this);
  }

  sort() {
    const items = list(this);
    const pairs = [];
    for (let i = 0; i < items.length; i += 2) pairs.push([items[i], items[i + 1]]);
    // A stable sort by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    update(this);
  }

  forEach(callback, thisArg = undefined) {
    let items = list(this);
    validateFunction(callback, 'callback');
    for (let i = 0; i < items.length; i += 2) {
      callback.call(thisArg, items[i + 1], items[i], this);
      items = this[kList];
    }
  }

  entries() { return createParamsIterator(this, 'key+value'); }
  keys() { return createParamsIterator(this, 'key'); }
  values() { return createParamsIterator(this, 'value'); }

  toString() { return serializeParams(list(this)); }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const items = list(this);
    const { inspect, stripVTControlCharacters } = require('internal/util/inspect');
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const parts = [];
    for (let i = 0; i < items.length; i += 2) parts.push(`${inspect(items[i], inner)} => ${inspect(items[i + 1], inner)}`);
    if (parts.length === 0) return `${this.constructor.name} {}`;
    const width = parts.reduce((sum, part) => sum + stripVTControlCharacters(part).length + 2, -2);
    if (width > options.breakLength) return `${this.constructor.name} {\n  ${parts.join(',\n  ')} }`;
    return `${this.constructor.name} { ${parts.join(', ')} }`;
  }
}

// The iterators of keys(), values() and entries(): they read the live list, as the standard
// says, so changes made while iterating are seen.
const kIteratorState = Symbol('kIteratorState');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function iteratorItem(items, index, kind) {
  if (kind === 'key') return items[index];
  if (kind === 'value') return items[index + 1];
  return [items[index], items[index + 1]];
}

const ParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: function next() {
      const state = this?.[kIteratorState];
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const items = state.target[kList];
      if (state.index >= items.length) return { value: undefined, done: true };
      const value = iteratorItem(items, state.index, state.kind);
      state.index += 2;
      return { value, done: false };
    },
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'URLSearchParams Iterator', configurable: true },
  [Symbol.for('nodejs.util.inspect.custom')]: {
    __proto__: null, configurable: true, writable: true,
    value: function(depth, options) {
      const state = this?.[kIteratorState];
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const { inspect } = require('internal/util/inspect');
      const inner = { ...options, depth: depth === null ? null : depth - 1 };
      const items = state.target[kList];
      const remaining = [];
      for (let i = state.index; i < items.length; i += 2) remaining.push(iteratorItem(items, i, state.kind));
      const shown = remaining.map((item) => inspect(item, inner));
      const body = inspect(remaining, inner).includes('\n') ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
  },
});

function createParamsIterator(params, kind) {
  list(params);
  const iterator = Object.create(ParamsIteratorPrototype);
  Object.defineProperty(iterator, kIteratorState, { __proto__: null, value: { target: params, kind, index: 0 } });
  return iterator;
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { configurable: true, value: 'URLSearchParams' });

function list(self) {
  if (self?.[kList] === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
  return self[kList];
}

function update(params) {
  const url = params[kURL];
  if (!url) return;
  const serialized = serializeParams(params[kList]);
  url[kContext].query = serialized === '' ? null : serialized;
  url[kHref] = null;
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') {
    const { codes: { ERR_INVALID_FILE_URL_HOST } } = require('internal/errors');
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  resolved = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D')
    .replace(/\t/g, '%09');
  const url = new URL('file://');
  url.pathname = resolved;
  return url;
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = require('internal/url_parser').parseHost(`${domain}`, false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = require('internal/url_parser').parseHost(`${domain}`, false);
  if (host === null) return '';
  return require('internal/punycode').toUnicode(host);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  isURL,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
};
