'use strict';
// Encoding between strings and bytes for Buffer: utf8, utf16le, latin1, ascii, base64,
// base64url, hex, with Node's handling of invalid input.

// Long inputs go to Swift in one call; short ones stay here, where a call would cost more than
// the work.
const kNativeThreshold = 64;
// Decoding to a string crosses over sooner: this engine builds a string from many small pieces
// slowly (a 32-byte slice ~300 ns in JavaScript, ~240 ns in one native call).
const kNativeSliceThreshold = 16;

// The engine's own base64 and hex codecs (Uint8Array.prototype.toBase64, setFromBase64,
// setFromHex) are vectorized. They are strict, so input they refuse is decoded again by the
// lenient decoders, which skip what is not base64 or stop at the first pair that is not hex.
const { toBase64, setFromBase64, setFromHex } = Uint8Array.prototype;
const engineCodecs = typeof toBase64 === 'function' && typeof setFromBase64 === 'function' &&
  typeof setFromHex === 'function';
const kBase64Url = { alphabet: 'base64url' };
const kBase64UrlUnpadded = { alphabet: 'base64url', omitPadding: true };
// The decoded bytes written into bytes[offset...], or -1 when the engine refuses the input.
function engineDecode(decode, options, bytes, string, offset, max) {
  try {
    return decode.call(new Uint8Array(bytes.buffer, bytes.byteOffset + offset, max), string, options).written;
  } catch {
    return -1;
  }
}
let nativeBinding;
const native = () => (nativeBinding ??= internalBinding('buffer'));

function utf8Length(string) {
  if (string.length > kNativeThreshold) return native().utf8Length(string);
  let length = 0;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < string.length &&
             (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 4;
      i++;
    } else {
      length += 3;
    }
  }
  return length;
}

// A new ArrayBuffer holding `string` as UTF-8 (lone surrogates as U+FFFD), or undefined when
// the string is short enough for the shared pool.
const kNativeEncodeThreshold = 4096;
function utf8Encode(string) {
  if (string.length < kNativeEncodeThreshold) return undefined;
  return native().utf8Encode(string);
}

// A new ArrayBuffer of `size` bytes that are not zeroed (large Buffer.allocUnsafe, buffers
// written whole at once).
function uninitializedArrayBuffer(size) {
  return native().uninitializedArrayBuffer(size);
}

// A new ArrayBuffer of each character's low byte (latin1, ascii), or undefined when the string
// is short enough for the shared pool.
function latin1Encode(string) {
  if (string.length < kNativeEncodeThreshold) return undefined;
  return native().latin1Encode(string);
}

// Writes `string` as UTF-8 into `bytes` from `offset`, at most `max` bytes, never a partial
// character. Returns the number of bytes written.
function utf8Write(bytes, string, offset, max) {
  if (string.length > kNativeThreshold) return native().utf8Write(bytes, string, offset, max);
  let pos = offset;
  const end = offset + max;
  for (let i = 0; i < string.length; i++) {
    let code = string.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < string.length && (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        code = 0x10000 + ((code - 0xd800) << 10) + (string.charCodeAt(i + 1) - 0xdc00);
        if (pos + 4 > end) break;
        bytes[pos++] = 0xf0 | (code >> 18);
        bytes[pos++] = 0x80 | ((code >> 12) & 0x3f);
        bytes[pos++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[pos++] = 0x80 | (code & 0x3f);
        i++;
        continue;
      }
      code = 0xfffd;
    }
    if (code < 0x80) {
      if (pos + 1 > end) break;
      bytes[pos++] = code;
    } else if (code < 0x800) {
      if (pos + 2 > end) break;
      bytes[pos++] = 0xc0 | (code >> 6);
      bytes[pos++] = 0x80 | (code & 0x3f);
    } else {
      if (pos + 3 > end) break;
      bytes[pos++] = 0xe0 | (code >> 12);
      bytes[pos++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[pos++] = 0x80 | (code & 0x3f);
    }
  }
  return pos - offset;
}

// Decodes UTF-8 with the WHATWG replacement rules (maximal subparts become U+FFFD).
// Code units of short decoded text. Up to a dozen characters, concatenating one-character
// strings is cheapest; from there String.fromCharCode.apply on the units beats it (the engine
// must flatten a long concatenation later). Never holds more than 2 * kNativeSliceThreshold units.
const decodedUnits = [];

function utf8Slice(bytes, start, end) {
  if (end - start > kNativeSliceThreshold) return native().utf8Slice(bytes, start, end);
  const units = decodedUnits;
  let count = 0;
  let i = start;
  while (i < end) {
    const byte = bytes[i];
    if (byte < 0x80) {
      units[count++] = byte;
      i++;
      continue;
    }
    const decoded = decodeSequence(bytes, i, end, byte);
    const code = decoded >> 3;
    if (code > 0xffff) {
      units[count++] = 0xd800 + ((code - 0x10000) >> 10);
      units[count++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
    } else {
      units[count++] = code;
    }
    i += decoded & 7;
  }
  if (count >= 12) {
    units.length = count;
    return String.fromCharCode.apply(null, units);
  }
  let result = '';
  for (let k = 0; k < count; k++) result += units[k] < 0x80 ? kAsciiChars[units[k]] : String.fromCharCode(units[k]);
  return result;
}

// The code point of the sequence that starts with `byte` (not ASCII) at bytes[i], and how many
// bytes it takes (code * 8 + size, no allocation); U+FFFD for a maximal subpart that is not
// a valid sequence.
function decodeSequence(bytes, i, end, byte) {
  let code = 0xfffd;
  let size = 1;
  if (byte >= 0xc2 && byte <= 0xdf) {
    if (i + 1 < end && (bytes[i + 1] & 0xc0) === 0x80) {
      code = ((byte & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      size = 2;
    }
  } else if (byte >= 0xe0 && byte <= 0xef) {
    const lower = byte === 0xe0 ? 0xa0 : 0x80;
    const upper = byte === 0xed ? 0x9f : 0xbf;
    if (i + 1 < end && bytes[i + 1] >= lower && bytes[i + 1] <= upper) {
      if (i + 2 < end && (bytes[i + 2] & 0xc0) === 0x80) {
        code = ((byte & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
        size = 3;
      } else {
        size = 2;
      }
    }
  } else if (byte >= 0xf0 && byte <= 0xf4) {
    const lower = byte === 0xf0 ? 0x90 : 0x80;
    const upper = byte === 0xf4 ? 0x8f : 0xbf;
    if (i + 1 < end && bytes[i + 1] >= lower && bytes[i + 1] <= upper) {
      if (i + 2 < end && (bytes[i + 2] & 0xc0) === 0x80) {
        if (i + 3 < end && (bytes[i + 3] & 0xc0) === 0x80) {
          code = ((byte & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) |
            (bytes[i + 3] & 0x3f);
          size = 4;
        } else {
          size = 3;
        }
      } else {
        size = 2;
      }
    }
  }
  return code * 8 + size;
}

// Single-character strings of the ASCII code points.
// Tables built with plain loops: Array.from is written in JavaScript inside the engine,
// compiled on first use and slow until warm, and these run when the module loads.
const kLatin1Chars = new Array(256);
for (let c = 0; c < 256; c++) kLatin1Chars[c] = String.fromCharCode(c);
const kAsciiChars = kLatin1Chars.slice(0, 128);

function latin1Slice(bytes, start, end) {
  if (end - start > kNativeSliceThreshold) return native().latin1Slice(bytes, start, end);
  let result = '';
  for (let i = start; i < end; i++) result += kLatin1Chars[bytes[i]];
  return result;
}

function asciiSlice(bytes, start, end) {
  if (end - start > kNativeSliceThreshold) return native().asciiSlice(bytes, start, end);
  let result = '';
  for (let i = start; i < end; i++) result += String.fromCharCode(bytes[i] & 0x7f);
  return result;
}

function latin1Write(bytes, string, offset, max) {
  if (string.length > kNativeThreshold) return native().latin1Write(bytes, string, offset, max);
  const length = Math.min(string.length, max);
  for (let i = 0; i < length; i++) bytes[offset + i] = string.charCodeAt(i) & 0xff;
  return length;
}

function utf16leSlice(bytes, start, end) {
  let result = '';
  for (let i = start; i + 1 < end; i += 2) result += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return result;
}

function utf16leWrite(bytes, string, offset, max) {
  const units = Math.min(string.length, Math.floor(max / 2));
  for (let i = 0; i < units; i++) {
    const code = string.charCodeAt(i);
    bytes[offset + i * 2] = code & 0xff;
    bytes[offset + i * 2 + 1] = code >> 8;
  }
  return units * 2;
}

const hexChars = '0123456789abcdef';
function hexSlice(bytes, start, end) {
  if (end - start > kNativeSliceThreshold) return native().hexSlice(bytes, start, end);
  let result = '';
  for (let i = start; i < end; i++) result += kHexPairs[bytes[i]];
  return result;
}

// The two hex digits of every byte value.
const kHexPairs = new Array(256);
for (let byte = 0; byte < 256; byte++) kHexPairs[byte] = hexChars[byte >> 4] + hexChars[byte & 15];

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

// Stops at the first pair that is not hexadecimal, as Node does.
function hexWrite(bytes, string, offset, max) {
  if (string.length > kNativeThreshold) {
    if (engineCodecs && string.length % 2 === 0 && max >= string.length / 2) {
      const written = engineDecode(setFromHex, undefined, bytes, string, offset, max);
      if (written !== -1) return written;
    }
    return native().hexWrite(bytes, string, offset, max);
  }
  const pairs = Math.min(Math.floor(string.length / 2), max);
  let i = 0;
  for (; i < pairs; i++) {
    const high = hexValue(string.charCodeAt(i * 2));
    const low = hexValue(string.charCodeAt(i * 2 + 1));
    if (high < 0 || low < 0) break;
    bytes[offset + i] = (high << 4) | low;
  }
  return i;
}

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64Lookup = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  base64Lookup[base64Chars.charCodeAt(i)] = i;
  base64Lookup[base64UrlChars.charCodeAt(i)] = i;
}

function base64Slice(bytes, start, end, url = false) {
  if (end - start > kNativeThreshold) {
    if (engineCodecs) {
      const view = new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
      return url ? toBase64.call(view, kBase64UrlUnpadded) : toBase64.call(view);
    }
    return native().base64Slice(bytes, start, end, url);
  }
  const table = url ? base64UrlChars : base64Chars;
  let result = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    result += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + table[n & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    result += table[n >> 18] + table[(n >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    result += table[n >> 18] + table[(n >> 12) & 63] + table[(n >> 6) & 63] + (url ? '' : '=');
  }
  return result;
}

// Node's estimate: three bytes per four characters, less up to two '=' at the end. A write
// decodes at most this many bytes (invalid characters are skipped).
function base64ByteLength(string) {
  let length = string.length;
  if (length > 0 && string.charCodeAt(length - 1) === 61) length--;
  if (length > 1 && string.charCodeAt(length - 1) === 61) length--;
  return (length * 3) >>> 2;
}

// Accepts both alphabets, skips characters outside them, stops at the first '='.
function base64Write(bytes, string, offset, max) {
  if (string.length > kNativeThreshold) {
    // Room for every character's bits: the engine writes whole chunks only.
    if (engineCodecs && max >= base64ByteLength(string)) {
      let written = engineDecode(setFromBase64, undefined, bytes, string, offset, max);
      if (written === -1) written = engineDecode(setFromBase64, kBase64Url, bytes, string, offset, max);
      if (written !== -1) return written;
    }
    return native().base64Write(bytes, string, offset, max);
  }
  let accumulator = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < string.length && written < max; i++) {
    const code = string.charCodeAt(i);
    if (code === 61) break;
    const value = code < 256 ? base64Lookup[code] : -1;
    if (value === -1) continue;
    accumulator = (accumulator << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[offset + written++] = (accumulator >> bits) & 0xff;
    }
  }
  return written;
}

module.exports = {
  asciiSlice,
  base64ByteLength,
  base64Slice,
  base64Write,
  hexSlice,
  hexWrite,
  latin1Slice,
  latin1Write,
  native,
  utf16leSlice,
  utf16leWrite,
  utf8Encode,
  latin1Encode,
  uninitializedArrayBuffer,
  utf8Length,
  utf8Slice,
  utf8Write,
};
