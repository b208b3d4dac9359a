'use strict';
// The legacy url API: url.parse, url.format, url.resolve and Url objects, with Node's lenient
// rules (not the WHATWG parser): protocol, slashes, auth, host (lowercased; IDNA), port,
// hostname, hash, search, query, pathname, path, href.

const { validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostnameMaxLen = 255;
const kForbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenIPv6HostChars = /[\0\t\n\r #%/<>?@\\^|]/;
let invalidPortWarned = false;
// Protocols that always have a host and "//" (and that need no "//" to get them).
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const unsafeProtocol = new Set(['javascript', 'javascript:']);
// Characters that end a host, and characters escaped in paths and hashes.
// Characters RFC 2396 never allows in a host name.
const kNeverInHost = new Set([' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };

function autoEscapeStr(text) {
  let out = '';
  for (const char of text) out += autoEscape[char] ?? char;
  return out;
}

const isLegacyWhitespace = (code) => code < 33 || code === 0xa0 || code === 0xfeff;

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  // Leading/trailing whitespace (controls, space, NBSP, BOM) goes, and backslashes before the
  // query/hash become slashes.
  let first = 0;
  let last = url.length;
  while (first < last && isLegacyWhitespace(url.charCodeAt(first))) first++;
  while (last > first && isLegacyWhitespace(url.charCodeAt(last - 1))) last--;
  let rest = url.slice(first, last);
  const queryIndex = rest.search(/[?#]/);
  const before = queryIndex === -1 ? rest : rest.slice(0, queryIndex);
  rest = before.replace(/\\/g, '/') + (queryIndex === -1 ? '' : rest.slice(queryIndex));

  if (!slashesDenoteHost && !/[#@]/.test(rest)) {
    // A simple path ("/a/b?c") skips the rest of the machinery.
    const simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? require('querystring').parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The host runs to the first "/", "?" or "#", or to the first character a host can never
    // hold (after the last "@" before that end, which closes the auth part). Tabs and line
    // breaks up to there are dropped, as the WHATWG parser drops them.
    let hostEnd = -1;
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length && hostEnd === -1; i++) {
      const char = rest[i];
      if (char === '\t' || char === '\n' || char === '\r') {
        rest = rest.slice(0, i) + rest.slice(i + 1);
        i--;
      } else if (char === '#' || char === '/' || char === '?') {
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
      } else if (char === '@') {
        atSign = i;
        nonHost = -1;
      } else if (kNeverInHost.has(char) && nonHost === -1) {
        nonHost = i;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const ipv6Hostname = this.hostname.startsWith('[') && this.hostname.endsWith(']');
    if (!ipv6Hostname) {
      // A "/", "\\", "#", "?" or ":" left in the name starts the path. A colon there is a port
      // that is not a number: accepted, with DEP0170 once.
      const invalid = /[/\\#?:]/.exec(this.hostname);
      if (invalid !== null) {
        const cut = invalid.index;
        if (invalid[0] === ':' && !invalidPortWarned) {
          invalidPortWarned = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        rest = `/${this.hostname.slice(cut)}${rest}`;
        this.hostname = this.hostname.slice(0, cut);
      }
    }
    if (this.hostname.length > hostnameMaxLen) this.hostname = '';
    else this.hostname = this.hostname.toLowerCase();
    if (ipv6Hostname && kForbiddenIPv6HostChars.test(this.hostname)) throw new ERR_INVALID_URL(url);
    if (!ipv6Hostname && this.hostname !== '') {
      // A name IDNA maps to nothing, or to characters a host cannot hold (a spoofing route),
      // is an error rather than a different host.
      // IDNA only (the WHATWG host parser's IPv4 and validity rules are not the legacy ones); an
      // ASCII name is already what IDNA would make of it.
      const ascii = /^[\x00-\x7f]*$/.test(this.hostname) ? this.hostname :
        (internalBinding('url').domainToASCII(this.hostname) ?? '');
      if (ascii === '' || kForbiddenHostChars.test(ascii)) throw new ERR_INVALID_URL(url);
      this.hostname = ascii;
    }
    const port = this.port ? `:${this.port}` : '';
    const hostname = this.hostname || '';
    this.host = hostname + port;
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question !== -1) {
    this.search = rest.slice(question);
    this.query = rest.slice(question + 1);
    if (parseQueryString) this.query = require('querystring').parse(this.query);
    rest = rest.slice(0, question);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (require('internal/url').isURL(urlObject)) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(url, options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  const { auth = true, fragment = true, search = true, unicode = false } = options ?? {};
  let out = url.protocol;
  if (url.host !== '' || url.protocol === 'file:') {
    out += '//';
    if (auth && (url.username || url.password)) out += `${url.username}${url.password ? `:${url.password}` : ''}@`;
    out += unicode ? require('internal/url').domainToUnicode(url.hostname) + (url.port ? `:${url.port}` : '') : url.host;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).replace(/%3A/i, ':');
    auth += '@';
  }
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !this.hostname.startsWith('[') ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => encodeURIComponent(c));
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

// Resolution through the WHATWG parser when both sides are absolute-with-base URLs; Node's
// legacy algorithm differs in corner cases (non-special schemes, odd dot segments).
Url.prototype.resolve = function resolve(relative) {
  const base = this.format();
  try {
    const { URL } = require('internal/url');
    const resolved = new URL(relative, base);
    if (!this.protocol) throw new ERR_INVALID_URL(base);
    return resolved.href;
  } catch {
    const { posix } = require('path');
    if (relative.startsWith('/')) return posix.normalize(relative);
    const dir = (this.pathname || '/').replace(/[^/]*$/, '');
    return posix.normalize(dir + relative);
  }
};

// The resolved URL as a Url object: the href resolve() gives, parsed again.
Url.prototype.resolveObject = function resolveObject(relative) {
  const href = typeof relative === 'string' ? relative : urlFormat(relative);
  return urlParse(this.resolve(href), false, true);
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, urlParse, urlFormat, urlResolve, urlResolveObject };
