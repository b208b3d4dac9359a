'use strict';
// The URL Standard's basic URL parser: a state machine over code points producing a URL record
// { scheme, username, password, host, port, path (array, or string when opaque), query, fragment }.
// Returns null on failure.

const specialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
const isSpecialScheme = (scheme) => scheme in specialPorts;

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

const hex = '0123456789ABCDEF';
function percentEncodeCodePoint(codePoint, inSet) {
  const char = String.fromCodePoint(codePoint);
  if (!inSet(codePoint)) return char;
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
function startsWithWindowsDriveLetter(cps, pointer) {
  if (cps.length - pointer < 2) return false;
  if (!isAsciiAlpha(cps[pointer]) || (cps[pointer + 1] !== 0x3a && cps[pointer + 1] !== 0x7c)) return false;
  if (cps.length - pointer === 2) return true;
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

function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || 'scheme start';
  let buffer = '';
  let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  let pointer = 0;

  // The end of input is processed as one more code point (undefined); a state that steps the
  // pointer back sees it again.
  for (; pointer <= cps.length; pointer++) {
    const c = cps[pointer];
    const ch = c === undefined ? '' : String.fromCodePoint(c);
    switch (state) {
      case 'scheme start':
        if (c !== undefined && isAsciiAlpha(c)) {
          buffer += ch.toLowerCase();
          state = 'scheme';
        } else if (!stateOverride) {
          state = 'no scheme';
          pointer--;
        } else {
          return null;
        }
        break;
      case 'scheme':
        if (c !== undefined && (isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2d || c === 0x2e)) {
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
            state = 'file';
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = 'special relative or authority';
          } else if (isSpecialScheme(url.scheme)) {
            state = 'special authority slashes';
          } else if (cps[pointer + 1] === 0x2f) {
            state = 'path or authority';
            pointer++;
          } else {
            url.path = '';
            state = 'opaque path';
          }
        } else if (!stateOverride) {
          buffer = '';
          state = 'no scheme';
          pointer = -1;
        } else {
          return null;
        }
        break;
      case 'no scheme':
        if (!base || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = 'fragment';
        } else if (base.scheme !== 'file') {
          state = 'relative';
          pointer--;
        } else {
          state = 'file';
          pointer--;
        }
        break;
      case 'special relative or authority':
        if (c === 0x2f && cps[pointer + 1] === 0x2f) {
          state = 'special authority ignore slashes';
          pointer++;
        } else {
          state = 'relative';
          pointer--;
        }
        break;
      case 'path or authority':
        if (c === 0x2f) state = 'authority';
        else {
          state = 'path';
          pointer--;
        }
        break;
      case 'relative':
        url.scheme = base.scheme;
        if (c === 0x2f) {
          state = 'relative slash';
        } else if (isSpecialScheme(url.scheme) && c === 0x5c) {
          state = 'relative slash';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = 'query';
          } else if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = 'path';
            pointer--;
          }
        }
        break;
      case 'relative slash':
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
          state = 'special authority ignore slashes';
        } else if (c === 0x2f) {
          state = 'authority';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = 'path';
          pointer--;
        }
        break;
      case 'special authority slashes':
        if (c === 0x2f && cps[pointer + 1] === 0x2f) {
          state = 'special authority ignore slashes';
          pointer++;
        } else {
          state = 'special authority ignore slashes';
          pointer--;
        }
        break;
      case 'special authority ignore slashes':
        if (c !== 0x2f && c !== 0x5c) {
          state = 'authority';
          pointer--;
        }
        break;
      case 'authority':
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
        } else if (c === undefined || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          if (atSignSeen && buffer === '') return null;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else {
          buffer += ch;
        }
        break;
      case 'host':
      case 'hostname':
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = 'file host';
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === 'hostname') return null;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = 'port';
        } else if (c === undefined || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c)) {
          pointer--;
          if (isSpecialScheme(url.scheme) && buffer === '') return null;
          if (stateOverride && buffer === '' && (url.username || url.password || url.port !== null)) return url;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = 'path start';
          if (stateOverride) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += ch;
        }
        break;
      case 'port':
        if (c !== undefined && isAsciiDigit(c)) {
          buffer += ch;
        } else if (c === undefined || c === 0x2f || c === 0x3f || c === 0x23 ||
                   (isSpecialScheme(url.scheme) && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = Number.parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = specialPorts[url.scheme] === port ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = 'path start';
          pointer--;
        } else {
          return null;
        }
        break;
      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = 'file slash';
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = 'query';
          } else if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = 'path';
            pointer--;
          }
        } else {
          state = 'path';
          pointer--;
        }
        break;
      case 'file slash':
        if (c === 0x2f || c === 0x5c) {
          state = 'file host';
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              url.path.push(base.path[0]);
            }
          }
          state = 'path';
          pointer--;
        }
        break;
      case 'file host':
        if (c === undefined || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = 'path';
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = 'path start';
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = 'path start';
          }
        } else {
          buffer += ch;
        }
        break;
      case 'path start':
        if (isSpecialScheme(url.scheme)) {
          state = 'path';
          if (c !== 0x2f && c !== 0x5c) pointer--;
        } else if (!stateOverride && c === 0x3f) {
          url.query = '';
          state = 'query';
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== undefined) {
          state = 'path';
          if (c !== 0x2f) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case 'path':
        if (c === undefined || c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c) ||
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
            state = 'query';
          }
          if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += percentEncodeCodePoint(c, inPathSet);
        }
        break;
      case 'opaque path':
        if (c === 0x3f) {
          url.query = '';
          state = 'query';
        } else if (c === 0x23) {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== undefined) {
          url.path += percentEncodeCodePoint(c, inC0ControlSet);
        }
        break;
      case 'query':
        if ((!stateOverride && c === 0x23) || c === undefined) {
          const inSet = isSpecialScheme(url.scheme) ? inSpecialQuerySet : inQuerySet;
          url.query += percentEncodeString(buffer, inSet);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = 'fragment';
          }
        } else if (c !== undefined) {
          buffer += ch;
        }
        break;
      case 'fragment':
        if (c !== undefined) url.fragment += percentEncodeCodePoint(c, inFragmentSet);
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
