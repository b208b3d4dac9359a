'use strict';
// application/x-www-form-urlencoded parsing and serializing, with Node's legacy rules.

const { Buffer } = require('buffer');

// 1 for the ASCII characters qsEscape leaves as they are: A-Z a-z 0-9 - _ . ! ~ * ' ( ).
const kUnreserved = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") kUnreserved[c.charCodeAt(0)] = 1;
// A loop, not Array.from (JavaScript inside the engine, compiled on first use).
const kPercentEncoded = new Array(256);
for (let c = 0; c < 256; c++) kPercentEncoded[c] = `%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  // Runs of unreserved characters are copied as slices; a string without any other is returned
  // as it is. Other characters become the %XX escapes of their UTF-8 bytes.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80 && kUnreserved[code] === 1) continue;
    if (runStart < i) out += str.slice(runStart, i);
    if (code < 0x80) {
      out += kPercentEncoded[code];
    } else if (code < 0x800) {
      out += kPercentEncoded[0xc0 | (code >> 6)] + kPercentEncoded[0x80 | (code & 0x3f)];
    } else if (code < 0xd800 || code > 0xdfff) {
      out += kPercentEncoded[0xe0 | (code >> 12)] + kPercentEncoded[0x80 | ((code >> 6) & 0x3f)] +
        kPercentEncoded[0x80 | (code & 0x3f)];
    } else {
      // A high surrogate takes the low ten bits of whatever follows it, as Node's escape does;
      // a low surrogate first, or a high one last, is malformed.
      if (code > 0xdbff || i + 1 >= str.length) {
        const { codes: { ERR_INVALID_URI } } = require('internal/errors');
        throw new ERR_INVALID_URI();
      }
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(++i) & 0x3ff));
      out += kPercentEncoded[0xf0 | (code >> 18)] + kPercentEncoded[0x80 | ((code >> 12) & 0x3f)] +
        kPercentEncoded[0x80 | ((code >> 6) & 0x3f)] + kPercentEncoded[0x80 | (code & 0x3f)];
    }
    runStart = i + 1;
  }
  if (runStart === 0) return str;
  return runStart < str.length ? out + str.slice(runStart) : out;
}

// %XX escapes decoded over the string's UTF-8 bytes; everything else is kept byte for byte.
function unescapeBuffer(s, decodeSpaces) {
  const input = Buffer.from(s);
  const out = Buffer.allocUnsafe(input.length);
  const hexValue = (c) => (c >= 48 && c <= 57 ? c - 48 : (c | 0x20) >= 97 && (c | 0x20) <= 102 ? (c | 0x20) - 87 : -1);
  let outIndex = 0;
  for (let index = 0; index < input.length; index++) {
    let c = input[index];
    if (c === 43 && decodeSpaces) c = 32;
    if (c === 37 && index + 2 < input.length) {
      const high = hexValue(input[index + 1]);
      const low = hexValue(input[index + 2]);
      if (high >= 0 && low >= 0) {
        out[outIndex++] = high * 16 + low;
        index += 2;
        continue;
      }
    }
    out[outIndex++] = c;
  }
  return out.subarray(0, outIndex);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  // querystring.escape/unescape may be replaced by programs; the current ones are used.
  const encode = typeof options?.encodeURIComponent === 'function' ? options.encodeURIComponent : module.exports.escape;
  if (obj === null || typeof obj !== 'object') return '';
  // Fields are appended to one string, the separator before every field but the first.
  let out = '';
  let first = true;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]];
    const ks = encode(stringifyPrimitive(keys[i])) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        out += (first ? ks : sep + ks) + encode(stringifyPrimitive(v[j]));
        first = false;
      }
    } else {
      out += (first ? ks : sep + ks) + encode(stringifyPrimitive(v));
      first = false;
    }
  }
  return out;
}

// '+' is a space (handed to a replacement decoder as %20, as Node does); the rest is decoded
// by `decode`, or by unescape when `decode` throws.
function decodePiece(piece, decode, customDecode) {
  if (piece.indexOf('+') !== -1) piece = piece.replace(/\+/g, customDecode ? '%20' : ' ');
  if (!customDecode && piece.indexOf('%') === -1) return piece;
  try {
    return decode(piece, true);
  } catch {
    return module.exports.unescape(piece, true);
  }
}

function parse(qs, sep = '&', eq = '=', options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep || '&';
  eq = eq || '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : module.exports.unescape;
  // The built-in unescape is only needed where there is a % escape; a replacement is always called.
  const customDecode = decode !== qsUnescape;
  let pairs = qs.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const idx = pair.indexOf(eq);
    let k, v;
    if (idx >= 0) {
      k = pair.slice(0, idx);
      v = pair.slice(idx + eq.length);
    } else {
      k = pair;
      v = '';
    }
    k = decodePiece(k, decode, customDecode);
    v = decodePiece(v, decode, customDecode);
    if (!(k in obj)) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
