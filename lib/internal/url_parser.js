'use strict';
// The URL Standard's basic URL parser: a state machine over code points producing a URL record
// { scheme, username, password, host, port, path (array, or string when opaque), query, fragment }.
// Returns null on failure.

const specialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
// Comparisons, not `in`: schemes are built strings, and a keyed lookup with one makes the
// engine's optimized code bail out on every call.
function isSpecialScheme(scheme) {
  switch (scheme) {
    case 'http': case 'https': case 'ws': case 'wss': case 'ftp': case 'file': return true;
    default: return false;
  }
}

const C0_CONTROL = (c) => c >= 0 && c <= 0x1f;
const isAsciiAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;
const isAsciiHex = (c) => isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isAsciiAlphanumeric = (c) => isAsciiAlpha(c) || isAsciiDigit(c);

// Percent-encode sets, as predicates over code points.
const inC0ControlSet = (c) => C0_CONTROL(c) || c > 0x7e;
const inFragmentSet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const inQuerySet = (c) => inC0ControlSet(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const inSpecialQuerySet = (c) => inQuerySet(c) || c === 0x27;
const inPathSet = (c) => inQuerySet(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
const inUserinfoSet = (c) => inPathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
  (c >= 0x5b && c <= 0x5e) || c === 0x7c;
const inComponentSet = (c) => inUserinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
const inFormSet = (c) => inComponentSet(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;

// Single-character strings of the ASCII code points, to append without String.fromCodePoint.
const kAsciiChars = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

const hex = '0123456789ABCDEF';
function percentEncodeCodePoint(codePoint, inSet) {
  if (!inSet(codePoint)) return codePoint < 0x80 ? kAsciiChars[codePoint] : String.fromCodePoint(codePoint);
  const char = String.fromCodePoint(codePoint);
  let out = '';
  for (const byte of utf8Bytes(char)) out += `%${hex[byte >> 4]}${hex[byte & 15]}`;
  return out;
}

function utf8Bytes(string) {
  const bytes = [];
  for (const char of string) {
    let cp = char.codePointAt(0);
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

function percentEncodeString(string, inSet, spaceAsPlus = false) {
  let clean = true;
  for (let i = 0; i < string.length; i++) {
    const unit = string.charCodeAt(i);
    if (unit >= 0x80 || inSet(unit) || (spaceAsPlus && unit === 0x20)) {
      clean = false;
      break;
    }
  }
  if (clean) return string;
  let out = '';
  for (const char of string) {
    const cp = char.codePointAt(0);
    if (spaceAsPlus && cp === 0x20) out += '+';
    else out += percentEncodeCodePoint(cp, inSet);
  }
  return out;
}

function percentDecodeBytes(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isAsciiHex(bytes[i + 1]) && isAsciiHex(bytes[i + 2])) {
      out.push(Number.parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return out;
}

function decodeUtf8(bytes) {
  const { utf8Slice } = require('internal/buffer_encoding');
  return utf8Slice(Uint8Array.from(bytes), 0, bytes.length);
}

// --- hosts ---
function parseIPv4Number(input) {
  if (input === '') return NaN;
  let radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(input)) return NaN;
  return Number.parseInt(input, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(address) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const cps = Array.from(input, (c) => c.codePointAt(0));
  const c = () => cps[pointer];
  if (c() === 0x3a) {
    if (cps[pointer + 1] !== 0x3a) return null;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (c() !== undefined) {
    if (pieceIndex === 8) return null;
    if (c() === 0x3a) {
      if (compress !== null) return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && c() !== undefined && isAsciiHex(c())) {
      value = value * 0x10 + Number.parseInt(String.fromCodePoint(c()), 16);
      pointer++;
      length++;
    }
    if (c() === 0x2e) {
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (c() !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (c() === 0x2e && numbersSeen < 4) pointer++;
          else return null;
        }
        if (c() === undefined || !isAsciiDigit(c())) return null;
        while (c() !== undefined && isAsciiDigit(c())) {
          const number = c() - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c() === 0x3a) {
      pointer++;
      if (c() === undefined) return null;
    } else if (c() !== undefined) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  let bestStart = null, bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

const forbiddenHostCodePoints = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b,
  0x5c, 0x5d, 0x5e, 0x7c]);
const isForbiddenHost = (c) => forbiddenHostCodePoints.has(c);
const isForbiddenDomain = (c) => isForbiddenHost(c) || C0_CONTROL(c) || c === 0x25 || c === 0x7f;

// UTS #46 processing (mapping, normalization, punycode, validity) is ICU's, through Swift.
function domainToASCII(domain) {
  return internalBinding('url').domainToASCII(domain);
}

const kPlainASCIIHost = /^[A-Za-z0-9_.-]+$/;
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : serializeIPv6(address);
  }
  if (isOpaque) {
    for (const char of input) {
      const cp = char.codePointAt(0);
      if (isForbiddenHost(cp)) return null;
    }
    return percentEncodeString(input, inC0ControlSet);
  }
  // A plain ASCII name (no percent-escape, no punycode label) maps to itself in lowercase.
  if (kPlainASCIIHost.test(input) && !/xn--/i.test(input)) {
    const asciiDomain = input.toLowerCase();
    if (endsInANumber(asciiDomain)) {
      const ipv4 = parseIPv4(asciiDomain);
      return ipv4 === null ? null : serializeIPv4(ipv4);
    }
    return asciiDomain;
  }
  const domain = decodeUtf8(percentDecodeBytes(utf8Bytes(input)));
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === null || asciiDomain === '') return null;
  for (let i = 0; i < asciiDomain.length; i++) if (isForbiddenDomain(asciiDomain.charCodeAt(i))) return null;
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === null ? null : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// --- the state machine ---
const isWindowsDriveLetter = (s) => s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) && (s[1] === ':' || s[1] === '|');
const isNormalizedWindowsDriveLetter = (s) => s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) && s[1] === ':';
function startsWithWindowsDriveLetter(cps, pointer, length) {
  if (length - pointer < 2) return false;
  if (!isAsciiAlpha(cps[pointer]) || (cps[pointer + 1] !== 0x3a && cps[pointer + 1] !== 0x7c)) return false;
  if (length - pointer === 2) return true;
  const c = cps[pointer + 2];
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => ['..', '.%2e', '%2e.', '%2e%2e'].includes(s.toLowerCase());

function shortenPath(url) {
  const { path } = url;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

// The common shapes, parsed without the state machine: an absolute http(s)/ws(s)/ftp URL with
// a plain lowercase-able host, and a path-absolute reference against such a base, when no
// component needs percent-encoding, the path has no dot segment, and nothing needs trimming.
// Anything else (and any doubt) goes to basicParse's state machine, which gives the same result.
const kPathChars = '[^\\x00-\\x20"#<>?`{}\\\\\\x7f-\\uffff]*';
const kQueryChars = '[^\\x00-\\x20"#<>\'\\x7f-\\uffff]*';
const kFragmentChars = '[^\\x00-\\x20"<>`\\x7f-\\uffff]*';
const kTail = `(\\/${kPathChars})?(?:\\?(${kQueryChars}))?(?:#(${kFragmentChars}))?$`;
const kSimpleAbsolute = new RegExp(`^(https?|wss?|ftp):\\/\\/([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.?)(?::([0-9]{0,5}))?${kTail}`);
const kSimplePathAbsolute = new RegExp(`^${kTail}`);
const kDotSegmentHint = /\/\.|%2e/i;
// Four decimal numbers 0-255 without leading zeros: an IPv4 address already in its serialized form.
const kCanonicalIPv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;
const kNumericLabel = /(?:^|\.)(?:[0-9]+|0[xX][0-9a-fA-F]*)\.?$/;

function simplePath(path) {
  if (path === undefined) return [''];
  if (kDotSegmentHint.test(path)) return null;
  return path.slice(1).split('/');
}

function simpleParse(input, base) {
  if (base === undefined) {
    const match = kSimpleAbsolute.exec(input);
    if (match === null) return undefined;
    const [, scheme, hostText, portText, pathText, query, fragment] = match;
    const host = hostText.toLowerCase();
    if (host.includes('xn--') || (kNumericLabel.test(host) && !kCanonicalIPv4.test(host))) return undefined;
    let port = null;
    if (portText !== undefined && portText !== '') {
      port = Number(portText);
      if (port > 65535) return undefined;
      if (port === specialPorts[scheme]) port = null;
    }
    const path = simplePath(pathText);
    if (path === null) return undefined;
    return { scheme, username: '', password: '', host, port, path, query: query ?? null, fragment: fragment ?? null };
  }
  if (input.charCodeAt(0) !== 0x2f || input.charCodeAt(1) === 0x2f || input.charCodeAt(1) === 0x5c ||
      base.host === null || base.scheme === 'file' || !isSpecialScheme(base.scheme)) {
    return undefined;
  }
  const match = kSimplePathAbsolute.exec(input);
  if (match === null) return undefined;
  const [, pathText, query, fragment] = match;
  const path = simplePath(pathText);
  if (path === null) return undefined;
  return {
    scheme: base.scheme, username: base.username, password: base.password, host: base.host, port: base.port,
    path, query: query ?? null, fragment: fragment ?? null,
  };
}

const kTabOrNewline = /[\t\n\r]/;
const kEOF = -1;

// The state machine's states, as small integers (a switch on strings compares strings).
const kAuthorityState = 0;
const kFileState = 1;
const kFileHostState = 2;
const kFileSlashState = 3;
const kFragmentState = 4;
const kHostState = 5;
const kHostnameState = 6;
const kNoSchemeState = 7;
const kOpaquePathState = 8;
const kPathState = 9;
const kPathOrAuthorityState = 10;
const kPathStartState = 11;
const kPortState = 12;
const kQueryState = 13;
const kRelativeState = 14;
const kRelativeSlashState = 15;
const kSchemeState = 16;
const kSchemeStartState = 17;
const kSpecialAuthorityIgnoreSlashesState = 18;
const kSpecialAuthoritySlashesState = 19;
const kSpecialRelativeOrAuthorityState = 20;
const kStateIds = {
  __proto__: null,
  'authority': kAuthorityState, 'file': kFileState, 'file host': kFileHostState,
  'file slash': kFileSlashState, 'fragment': kFragmentState, 'host': kHostState, 'hostname': kHostnameState,
  'no scheme': kNoSchemeState, 'opaque path': kOpaquePathState, 'path': kPathState,
  'path or authority': kPathOrAuthorityState, 'path start': kPathStartState, 'port': kPortState,
  'query': kQueryState, 'relative': kRelativeState, 'relative slash': kRelativeSlashState,
  'scheme': kSchemeState, 'scheme start': kSchemeStartState,
  'special authority ignore slashes': kSpecialAuthorityIgnoreSlashesState,
  'special authority slashes': kSpecialAuthoritySlashesState,
  'special relative or authority': kSpecialRelativeOrAuthorityState,
};

function basicParse(input, base, url, stateOverride) {
  if (!url) {
    const simple = simpleParse(input, base);
    if (simple !== undefined) return simple;
    url = { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
    if (input.charCodeAt(0) <= 0x20 || input.charCodeAt(input.length - 1) <= 0x20) {
      input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    }
  }
  if (kTabOrNewline.test(input)) input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride ? kStateIds[stateOverride] : kSchemeStartState;
  let buffer = '';
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const cps = [];
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < input.length) {
      const next = input.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cps.push(0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00));
        i++;
        continue;
      }
    }
    cps.push(unit);
  }
  // The end of input is processed as one more code point, kEOF; two of them end the array so
  // that every read (this one and the next) stays in bounds and is a number, which keeps the
  // engine's optimized code from bailing out.
  const length = cps.length;
  cps.push(kEOF, kEOF);
  let pointer = 0;

  // A state that steps the pointer back sees the end again.
  for (; pointer <= length; pointer++) {
    const c = cps[pointer];
    const ch = c === kEOF ? '' : c < 0x80 ? kAsciiChars[c] : String.fromCodePoint(c);
    switch (state) {
      case kSchemeStartState:
        if (c !== kEOF && isAsciiAlpha(c)) {
          buffer += ch.toLowerCase();
          state = kSchemeState;
        } else if (!stateOverride) {
          state = kNoSchemeState;
          pointer--;
        } else {
          return null;
        }
        break;
      case kSchemeState:
        if (c !== kEOF && (isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2d || c === 0x2e)) {
          buffer += ch.toLowerCase();
        } else if (c === 0x3a) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((url.username || url.password || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === specialPorts[url.scheme]) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = kFileState;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = kSpecialRelativeOrAuthorityState;
          } else if (isSpecialScheme(url.scheme)) {
            state = kSpecialAuthoritySlashesState;
          } else if (cps[pointer + 1] === 0x2f) {
            state = kPathOrAuthorityState;
            pointer++;
          } else {
            url.path = '';
            state = kOpaquePathState;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = kNoSchemeState;
          pointer = -1;
        } else {
          return null;
        }
        break;
      case kNoSchemeState:
        if (!base || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = kFragmentState;
        } else if (base.scheme !== 'file') {
          state = kRelativeState;
          pointer--;
        } else {
          state = kFileState;
          pointer--;
        }
        break;
      case kSpecialRelativeOrAuthorityState:
        if (c === 0x2f && cps[pointer + 1] === 0x2f) {
          state = kSpecialAuthorityIgnoreSlashesState;
          pointer++;
        } else {
          state = kRelativeState;
          pointer--;
        }
        break;
      case kPathOrAuthorityState:
        if (c === 0x2f) state = kAuthorityState;
        else {
          state = kPathState;
          pointer--;
        }
        break;
      case kRelativeState:
        url.scheme = base.scheme;
        if (c === 0x2f) {
          state = kRelativeSlashState;
        } else if (isSpecialScheme(url.scheme) && c === 0x5c) {
          state = kRelativeSlashState;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = kQueryState;
          } else if (c === 0x23) {
            url.fragment = '';
            state = kFragmentState;
          } else if (c !== kEOF) {
            url.query = null;
            shortenPath(url);
            state = kPathState;
            pointer--;
          }
        }
        break;
      case kRelativeSlashState:
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
          state = kSpecialAuthorityIgnoreSlashesState;
        } else if (c === 0x2f) {
          state = kAuthorityState;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = kPathState;
          pointer--;
        }
        break;
      case kSpecialAuthoritySlashesState:
        if (c === 0x2f && cps[pointer + 1] === 0x2f) {
          state = kSpecialAuthorityIgnoreSlashesState;
          pointer++;
        } else {
          state = kSpecialAuthorityIgnoreSlashesState;
          pointer--;
        }
        break;
      case kSpecialAuthorityIgnoreSlashesState:
        if (c !== 0x2f && c !== 0x5c) {
          state = kAuthorityState;
          pointer--;
        }
        break;
      case kAuthorityState:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const bufChar of buffer) {
            const bcp = bufChar.codePointAt(0);
            if (bcp === 0x3a && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncodeCodePoint(bcp, inUserinfoSet);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === kEOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          if (atSignSeen && buffer === '') return null;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = kHostState;
        } else {
          buffer += ch;
        }
        break;
      case kHostState:
      case kHostnameState:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = kFileHostState;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === 'hostname') return null;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = kPortState;
        } else if (c === kEOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          pointer--;
          if (isSpecialScheme(url.scheme) && buffer === '') return null;
          if (stateOverride && buffer === '' && (url.username || url.password || url.port !== null)) return url;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = kPathStartState;
          if (stateOverride) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += ch;
        }
        break;
      case kPortState:
        if (c !== kEOF && isAsciiDigit(c)) {
          buffer += ch;
        } else if (c === kEOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = Number.parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = specialPorts[url.scheme] === port ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = kPathStartState;
          pointer--;
        } else {
          return null;
        }
        break;
      case kFileState:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = kFileSlashState;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = kQueryState;
          } else if (c === 0x23) {
            url.fragment = '';
            state = kFragmentState;
          } else if (c !== kEOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer, length)) shortenPath(url);
            else url.path = [];
            state = kPathState;
            pointer--;
          }
        } else {
          state = kPathState;
          pointer--;
        }
        break;
      case kFileSlashState:
        if (c === 0x2f || c === 0x5c) {
          state = kFileHostState;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer, length) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = kPathState;
          pointer--;
        }
        break;
      case kFileHostState:
        if (c === kEOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = kPathState;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = kPathStartState;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = kPathStartState;
          }
        } else {
          buffer += ch;
        }
        break;
      case kPathStartState:
        if (isSpecialScheme(url.scheme)) {
          state = kPathState;
          if (c !== 0x2f && c !== 0x5c) pointer--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = kQueryState;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = kFragmentState;
        } else if (c !== kEOF) {
          state = kPathState;
          if (c !== 0x2f) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case kPathState:
        if (c === kEOF || c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c) ||
            (!stateOverride && (c === 0x3f || c === 0x23))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (c !== 0x2f && !(isSpecialScheme(url.scheme) && c === 0x5c)) url.path.push('');
          } else if (isSingleDot(buffer) && c !== 0x2f && !(isSpecialScheme(url.scheme) && c === 0x5c)) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = kQueryState;
          }
          if (c === 0x23) {
            url.fragment = '';
            state = kFragmentState;
          }
        } else {
          buffer += percentEncodeCodePoint(c, inPathSet);
        }
        break;
      case kOpaquePathState:
        if (c === 0x3f) {
          url.query = '';
          state = kQueryState;
        } else if (c === 0x23) {
          url.fragment = '';
          state = kFragmentState;
        } else if (c !== kEOF) {
          url.path += percentEncodeCodePoint(c, inC0ControlSet);
        }
        break;
      case kQueryState:
        if ((!stateOverride && c === 0x23) || c === kEOF) {
          const inSet = isSpecialScheme(url.scheme) ? inSpecialQuerySet : inQuerySet;
          url.query += percentEncodeString(buffer, inSet);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = kFragmentState;
          }
        } else if (c !== kEOF) {
          buffer += ch;
        }
        break;
      case kFragmentState:
        if (c !== kEOF) url.fragment += percentEncodeCodePoint(c, inFragmentSet);
        break;
      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  }
  if (url.host === null && typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

module.exports = {
  basicParse,
  decodeUtf8,
  inComponentSet,
  inFormSet,
  inFragmentSet,
  inPathSet,
  inQuerySet,
  inSpecialQuerySet,
  inUserinfoSet,
  isSpecialScheme,
  parseHost,
  percentDecodeBytes,
  percentEncodeString,
  serializePath,
  serializeURL,
  specialPorts,
  utf8Bytes,
};
