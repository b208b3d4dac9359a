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

const isAsciiAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;
const isAsciiHex = (c) => isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isAsciiAlphanumeric = (c) => isAsciiAlpha(c) || isAsciiDigit(c);

// Percent-encode sets, as predicates over code points. Each set is a bit in a table over ASCII
// (every set holds all code points above U+007E), built once from the sets' definitions.
const kC0ControlBit = 1, kFragmentBit = 2, kQueryBit = 4, kSpecialQueryBit = 8, kPathBit = 16, kUserinfoBit = 32,
  kComponentBit = 64, kFormBit = 128;
const kEncodeSets = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const c0 = c <= 0x1f || c > 0x7e;
  const fragment = c0 || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
  const query = c0 || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
  const specialQuery = query || c === 0x27;
  const path = query || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
  const userinfo = path || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
    (c >= 0x5b && c <= 0x5e) || c === 0x7c;
  const component = userinfo || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
  const form = component || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;
  kEncodeSets[c] = (c0 ? kC0ControlBit : 0) | (fragment ? kFragmentBit : 0) | (query ? kQueryBit : 0) |
    (specialQuery ? kSpecialQueryBit : 0) | (path ? kPathBit : 0) | (userinfo ? kUserinfoBit : 0) |
    (component ? kComponentBit : 0) | (form ? kFormBit : 0);
}
// A negative c (the end-of-input marker) is in no set.
const inC0ControlSet = (c) => c > 0x7e || (kEncodeSets[c] & kC0ControlBit) !== 0;
const inFragmentSet = (c) => c > 0x7e || (kEncodeSets[c] & kFragmentBit) !== 0;
const inQuerySet = (c) => c > 0x7e || (kEncodeSets[c] & kQueryBit) !== 0;
const inSpecialQuerySet = (c) => c > 0x7e || (kEncodeSets[c] & kSpecialQueryBit) !== 0;
const inPathSet = (c) => c > 0x7e || (kEncodeSets[c] & kPathBit) !== 0;
const inUserinfoSet = (c) => c > 0x7e || (kEncodeSets[c] & kUserinfoBit) !== 0;
const inComponentSet = (c) => c > 0x7e || (kEncodeSets[c] & kComponentBit) !== 0;
const inFormSet = (c) => c > 0x7e || (kEncodeSets[c] & kFormBit) !== 0;

// Single-character strings of the ASCII code points, to append without String.fromCodePoint,
// and '%XX' for every byte value. Loops, not Array.from: the engine writes Array.from in
// JavaScript, compiled on first use, and these tables are made when the module loads.
const kAsciiChars = new Array(128);
for (let c = 0; c < 128; c++) kAsciiChars[c] = String.fromCharCode(c);
const kPercentEncoded = new Array(256);
for (let b = 0; b < 256; b++) kPercentEncoded[b] = `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;

function percentEncodeCodePoint(codePoint, inSet) {
  if (!inSet(codePoint)) return codePoint < 0x80 ? kAsciiChars[codePoint] : String.fromCodePoint(codePoint);
  return percentEncodeUtf8(codePoint);
}

// The UTF-8 bytes of a code point, percent-encoded; a lone surrogate encodes U+FFFD.
function percentEncodeUtf8(cp) {
  if (cp < 0x80) return kPercentEncoded[cp];
  if (cp < 0x800) return kPercentEncoded[0xc0 | (cp >> 6)] + kPercentEncoded[0x80 | (cp & 63)];
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  if (cp < 0x10000) {
    return kPercentEncoded[0xe0 | (cp >> 12)] + kPercentEncoded[0x80 | ((cp >> 6) & 63)] +
      kPercentEncoded[0x80 | (cp & 63)];
  }
  return kPercentEncoded[0xf0 | (cp >> 18)] + kPercentEncoded[0x80 | ((cp >> 12) & 63)] +
    kPercentEncoded[0x80 | ((cp >> 6) & 63)] + kPercentEncoded[0x80 | (cp & 63)];
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

// The string with every code point of the set percent-encoded (as UTF-8); runs of code points
// outside the set are copied as slices.
function percentEncodeString(string, inSet, spaceAsPlus = false) {
  const length = string.length;
  let out = '';
  let runStart = 0;
  for (let i = 0; i < length; i++) {
    let cp = string.charCodeAt(i);
    const plus = spaceAsPlus && cp === 0x20;
    if (!plus && !inSet(cp)) continue;
    out += string.slice(runStart, i);
    if (plus) {
      out += '+';
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
        const next = string.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          i++;
        }
      }
      out += percentEncodeUtf8(cp);
    }
    runStart = i + 1;
  }
  return runStart === 0 ? string : out + string.slice(runStart);
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

// Whether the last label (one trailing dot aside) is all digits or a "0x" hexadecimal number:
// then the host must parse as IPv4.
function endsInANumber(input) {
  let end = input.length;
  if (end > 0 && input.charCodeAt(end - 1) === 0x2e) end--;
  let start = end;
  while (start > 0 && input.charCodeAt(start - 1) !== 0x2e) start--;
  if (start === end) return false;
  let digits = true;
  for (let i = start; i < end; i++) {
    if (!isAsciiDigit(input.charCodeAt(i))) {
      digits = false;
      break;
    }
  }
  if (digits) return true;
  if (end - start < 2 || input.charCodeAt(start) !== 0x30 || (input.charCodeAt(start + 1) | 0x20) !== 0x78) return false;
  for (let i = start + 2; i < end; i++) if (!isAsciiHex(input.charCodeAt(i))) return false;
  return true;
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
  // Past the end reads undefined, as the algorithm's EOF.
  const length = input.length;
  const c = () => (pointer < length ? input.charCodeAt(pointer) : undefined);
  if (c() === 0x3a) {
    if (input.charCodeAt(pointer + 1) !== 0x3a) return null;
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
      const digit = c();
      value = value * 0x10 + (digit <= 0x39 ? digit - 0x30 : (digit | 0x20) - 0x57);
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

// Forbidden host code points (bit 1) and forbidden domain code points (bit 2), over ASCII.
const kForbiddenHost = new Uint8Array(128);
for (const c of [0x00, 0x09, 0x0a, 0x0d, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7c]) {
  kForbiddenHost[c] = 1;
}
for (let c = 0; c < 128; c++) {
  if (kForbiddenHost[c] === 1 || c <= 0x1f || c === 0x25 || c === 0x7f) kForbiddenHost[c] |= 2;
}
const isForbiddenHost = (c) => c < 0x80 && (kForbiddenHost[c] & 1) !== 0;
const isForbiddenDomain = (c) => c < 0x80 && (kForbiddenHost[c] & 2) !== 0;

// UTS #46 processing (mapping, normalization, punycode, validity) is ICU's, through Swift.
let urlBinding;
function domainToASCII(domain) {
  urlBinding ??= internalBinding('url');
  return urlBinding.domainToASCII(domain);
}

const kPlainASCIIHost = /^[A-Za-z0-9_.-]+$/;
function isAsciiWithoutPercent(input) {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x80 || c === 0x25) return false;
  }
  return true;
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
  // A plain ASCII name (no percent-escape, no punycode label) maps to itself in lowercase.
  if (kPlainASCIIHost.test(input) && !/xn--/i.test(input)) {
    const asciiDomain = input.toLowerCase();
    if (endsInANumber(asciiDomain)) {
      const ipv4 = parseIPv4(asciiDomain);
      return ipv4 === null ? null : serializeIPv4(ipv4);
    }
    return asciiDomain;
  }
  const domain = isAsciiWithoutPercent(input) ? input : decodeUtf8(percentDecodeBytes(utf8Bytes(input)));
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
// Whether a whole path segment is a single-dot or double-dot segment (see isDotSegment).
const isSingleDot = (s) => isDotSegment(s, 0, s.length);
const isDoubleDot = (s) => isDoubleDotSegment(s, 0, s.length);

function shortenPath(url) {
  const { path } = url;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

// The common shapes, parsed by one scan without the state machine: an absolute URL with a
// special scheme and an authority ("scheme://host..."), `file:///path`, and a reference without
// a scheme against such a base. Each component is sliced from the input and percent-encoded only
// when it holds a code point of its encode set. Anything unusual (backslashes, tabs or newlines,
// surrounding spaces, odd authorities, Windows drive letters) answers undefined and goes to
// basicParse's state machine, which gives the same result; so do failures.
const kSlash = 0x2f, kQuestion = 0x3f, kHash = 0x23, kColon = 0x3a, kBackslash = 0x5c, kAt = 0x40;

// The index after the scheme's colon, or -1 when the input does not start with a scheme.
function schemeEnd(input) {
  const first = input.charCodeAt(0);
  if (!isAsciiAlpha(first)) return -1;
  for (let i = 1; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === kColon) return i + 1;
    if (!(isAsciiAlphanumeric(c) || c === 0x2b || c === 0x2d || c === 0x2e)) return -1;
  }
  return -1;
}

// The special scheme spelled (in any case) by input's first `length` code units, or undefined.
function specialSchemeAt(input, length) {
  const c0 = input.charCodeAt(0) | 0x20, c1 = input.charCodeAt(1) | 0x20;
  switch (length) {
    case 2:
      return c0 === 0x77 && c1 === 0x73 ? 'ws' : undefined;
    case 3:
      if (c0 === 0x77 && c1 === 0x73 && (input.charCodeAt(2) | 0x20) === 0x73) return 'wss';
      return c0 === 0x66 && c1 === 0x74 && (input.charCodeAt(2) | 0x20) === 0x70 ? 'ftp' : undefined;
    case 4:
      if ((input.charCodeAt(2) | 0x20) === 0x6c && (input.charCodeAt(3) | 0x20) === 0x65) {
        return c0 === 0x66 && c1 === 0x69 ? 'file' : undefined;
      }
      return c0 === 0x68 && c1 === 0x74 && (input.charCodeAt(2) | 0x20) === 0x74 &&
        (input.charCodeAt(3) | 0x20) === 0x70 ? 'http' : undefined;
    case 5:
      return c0 === 0x68 && c1 === 0x74 && (input.charCodeAt(2) | 0x20) === 0x74 &&
        (input.charCodeAt(3) | 0x20) === 0x70 && (input.charCodeAt(4) | 0x20) === 0x73 ? 'https' : undefined;
    default:
      return undefined;
  }
}

function isDotSegment(input, start, end) {
  const length = end - start;
  if (length === 1) return input.charCodeAt(start) === 0x2e;
  return length === 3 && input.charCodeAt(start) === 0x25 && isPercentTwoE(input, start);
}

function isPercentTwoE(input, at) {
  return input.charCodeAt(at + 1) === 0x32 && (input.charCodeAt(at + 2) | 0x20) === 0x65;
}

function isDoubleDotSegment(input, start, end) {
  const length = end - start;
  if (length === 2) return input.charCodeAt(start) === 0x2e && input.charCodeAt(start + 1) === 0x2e;
  if (length === 4) {
    if (input.charCodeAt(start) === 0x2e) return input.charCodeAt(start + 1) === 0x25 && isPercentTwoE(input, start + 1);
    return input.charCodeAt(start) === 0x25 && isPercentTwoE(input, start) && input.charCodeAt(start + 3) === 0x2e;
  }
  return length === 6 && input.charCodeAt(start) === 0x25 && isPercentTwoE(input, start) &&
    input.charCodeAt(start + 3) === 0x25 && isPercentTwoE(input, start + 3);
}

// Appends the path segments of input from `start` to `path`, resolving dot segments as the path
// state does; returns the index of the `?`, `#` or end that stopped it, or -1 to give up.
function scanPath(input, start, path) {
  const length = input.length;
  let segmentStart = start;
  let encode = false;
  for (let i = start; ; i++) {
    const c = i < length ? input.charCodeAt(i) : -1;
    if (c === -1 || c === kSlash || c === kQuestion || c === kHash) {
      if (isDoubleDotSegment(input, segmentStart, i)) {
        if (path.length > 0) path.pop();
        if (c !== kSlash) path.push('');
      } else if (isDotSegment(input, segmentStart, i)) {
        if (c !== kSlash) path.push('');
      } else {
        const segment = input.slice(segmentStart, i);
        path.push(encode ? percentEncodeString(segment, inPathSet) : segment);
      }
      if (c !== kSlash) return i;
      segmentStart = i + 1;
      encode = false;
    } else if (c === kBackslash || c === 0x09 || c === 0x0a || c === 0x0d) {
      return -1;
    } else if (!encode && inPathSet(c)) {
      encode = true;
    }
  }
}

// The query and fragment of input from `at` (a `?`, a `#` or the end) into url; false to give up.
function scanQueryAndFragment(input, at, url) {
  const length = input.length;
  if (at < length && input.charCodeAt(at) === kQuestion) {
    let encode = false;
    let i = at + 1;
    for (; i < length; i++) {
      const c = input.charCodeAt(i);
      if (c === kHash) break;
      if (c === 0x09 || c === 0x0a || c === 0x0d) return false;
      if (!encode && inSpecialQuerySet(c)) encode = true;
    }
    const query = input.slice(at + 1, i);
    url.query = encode ? percentEncodeString(query, inSpecialQuerySet) : query;
    at = i;
  }
  if (at < length) {
    let encode = false;
    for (let i = at + 1; i < length; i++) {
      const c = input.charCodeAt(i);
      if (c === 0x09 || c === 0x0a || c === 0x0d) return false;
      if (!encode && inFragmentSet(c)) encode = true;
    }
    const fragment = input.slice(at + 1);
    url.fragment = encode ? percentEncodeString(fragment, inFragmentSet) : fragment;
  }
  return true;
}

// A host already in its serialized form: lowercase ASCII letters, digits, `-`, `_` and `.`,
// no label that makes it an IPv4 address or an IDNA one.
function isPlainHost(input, start, end) {
  if (start === end) return false;
  let labelStart = start;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2e) {
      labelStart = i + 1;
    } else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f)) {
      return false;
    } else if (c === 0x2d && i === labelStart + 3 && input.charCodeAt(i - 1) === 0x2d) {
      return false; // "xn--" or any "??--" label: leave it to the IDNA check
    }
  }
  // The last label (ignoring one trailing dot) must not be numeric or hexadecimal.
  let last = end - 1;
  if (input.charCodeAt(last) === 0x2e) last--;
  if (last < start) return true;
  const c = input.charCodeAt(last);
  if (c >= 0x30 && c <= 0x39) return false;
  let first = last;
  while (first > start && input.charCodeAt(first - 1) !== 0x2e) first--;
  return !(input.charCodeAt(first) === 0x30 && (input.charCodeAt(first + 1) | 0x20) === 0x78);
}

// A host that is an IPv4 address in its serialized form: four decimal numbers 0-255, no
// leading zeros.
function isCanonicalIPv4(input, start, end) {
  let parts = 0;
  let i = start;
  while (true) {
    const partStart = i;
    let value = 0;
    while (i < end) {
      const c = input.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      value = value * 10 + c - 0x30;
      i++;
    }
    const digits = i - partStart;
    if (digits === 0 || digits > 3 || value > 255 || (digits > 1 && input.charCodeAt(partStart) === 0x30)) return false;
    parts++;
    if (i === end) return parts === 4;
    if (parts === 4 || input.charCodeAt(i) !== 0x2e) return false;
    i++;
  }
}

function newRecord(scheme) {
  return { scheme, username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function fastParse(input, base) {
  const length = input.length;
  if (length === 0 || input.charCodeAt(0) <= 0x20 || input.charCodeAt(length - 1) <= 0x20) return undefined;
  const afterScheme = schemeEnd(input);
  if (afterScheme === -1) return base === undefined ? undefined : fastParseRelative(input, base);
  const scheme = specialSchemeAt(input, afterScheme - 1);
  if (scheme === undefined || input.charCodeAt(afterScheme) !== kSlash ||
      input.charCodeAt(afterScheme + 1) !== kSlash) {
    return undefined;
  }
  const url = newRecord(scheme);
  let at = afterScheme + 2;
  if (scheme === 'file') {
    // Only "file:///path".
    if (input.charCodeAt(at) !== kSlash) return undefined;
    at++;
    // A Windows drive letter may appear as any segment once `..` empties the path.
    if (input.indexOf(':', at) !== -1 || input.indexOf('|', at) !== -1) return undefined;
    url.host = '';
  } else {
    at = scanAuthority(input, at, url);
    if (at === -1) return undefined;
    if (at < length && input.charCodeAt(at) === kSlash) at++;
  }
  at = scanPath(input, at, url.path);
  if (at === -1 || !scanQueryAndFragment(input, at, url)) return undefined;
  return url;
}

// The authority from `start` into url (userinfo, host, port); the index after it, or -1.
function scanAuthority(input, start, url) {
  const length = input.length;
  let end = start;
  let lastAt = -1;
  for (; end < length; end++) {
    const c = input.charCodeAt(end);
    if (c === kSlash || c === kQuestion || c === kHash) break;
    if (c <= 0x20 || c === kBackslash) return -1;
    if (c === kAt) lastAt = end;
  }
  let hostStart = start;
  if (lastAt !== -1) {
    if (lastAt === end - 1) return -1;
    let colon = input.indexOf(':', start);
    if (colon > lastAt) colon = -1;
    const username = input.slice(start, colon === -1 ? lastAt : colon);
    url.username = percentEncodeString(username, inUserinfoSet);
    if (colon !== -1) url.password = percentEncodeString(input.slice(colon + 1, lastAt), inUserinfoSet);
    hostStart = lastAt + 1;
  }
  let hostEnd;
  if (input.charCodeAt(hostStart) === 0x5b) {
    hostEnd = input.indexOf(']', hostStart);
    if (hostEnd === -1 || hostEnd >= end) return -1;
    hostEnd++;
    if (hostEnd < end && input.charCodeAt(hostEnd) !== kColon) return -1;
  } else {
    hostEnd = input.indexOf(':', hostStart);
    if (hostEnd === -1 || hostEnd > end) hostEnd = end;
  }
  if (hostEnd === hostStart) return -1;
  if (isPlainHost(input, hostStart, hostEnd) || isCanonicalIPv4(input, hostStart, hostEnd)) {
    url.host = input.slice(hostStart, hostEnd);
  } else {
    const host = parseHost(input.slice(hostStart, hostEnd), false);
    if (host === null) return -1;
    url.host = host;
  }
  if (hostEnd < end) {
    let port = 0;
    for (let i = hostEnd + 1; i < end; i++) {
      const c = input.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return -1;
      port = port * 10 + c - 0x30;
      if (port > 65535) return -1;
    }
    if (hostEnd + 1 < end && port !== specialPorts[url.scheme]) url.port = port;
  }
  return end;
}

// A reference without a scheme against a special base with a host (not file:).
function fastParseRelative(input, base) {
  if (typeof base.path === 'string' || base.host === null || base.scheme === 'file' || !isSpecialScheme(base.scheme)) {
    return undefined;
  }
  const url = newRecord(base.scheme);
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
  const first = input.charCodeAt(0);
  let at = 0;
  if (first === kSlash) {
    const second = input.charCodeAt(1);
    if (second === kSlash || second === kBackslash) return undefined;
    at = scanPath(input, 1, url.path);
  } else if (first === kBackslash) {
    return undefined;
  } else if (first === kQuestion || first === kHash) {
    url.path = base.path.slice();
    if (first === kHash) url.query = base.query;
  } else {
    const path = base.path.slice(0, base.path.length - 1);
    url.path = path;
    at = scanPath(input, 0, path);
  }
  if (at === -1 || !scanQueryAndFragment(input, at, url)) return undefined;
  return url;
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
    const fast = fastParse(input, base);
    if (fast !== undefined) return fast;
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
