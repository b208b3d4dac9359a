'use strict';
// application/x-www-form-urlencoded parsing and serializing, with Node's legacy rules.

const { Buffer } = require('buffer');

const unreserved = /[A-Za-z0-9\-_.!~*'()]/;
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (unreserved.test(c)) {
      out += c;
      continue;
    }
    let code = str.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += encodeURIComponent(str[i] + str[i + 1]);
        i++;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const { codes: { ERR_INVALID_URI } } = require('internal/errors');
      throw new ERR_INVALID_URI();
    }
    out += encodeURIComponent(c);
  }
  return out;
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
  if (obj !== null && typeof obj === 'object') {
    const fields = [];
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      const ks = `${encode(stringifyPrimitive(k))}${eq}`;
      if (Array.isArray(v)) {
        for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
      } else {
        fields.push(ks + encode(stringifyPrimitive(v)));
      }
    }
    return fields.join(sep);
  }
  return '';
}

function parse(qs, sep = '&', eq = '=', options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep || '&';
  eq = eq || '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : module.exports.unescape;
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
    const decodeOne = (s) => {
      s = s.replace(/\+/g, ' ');
      try {
        return decode(s, true);
      } catch {
        return module.exports.unescape(s, true);
      }
    };
    k = decodeOne(k);
    v = decodeOne(v);
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
