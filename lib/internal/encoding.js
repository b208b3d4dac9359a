'use strict';
// TextEncoder and TextDecoder (the Encoding Standard): UTF-8 both ways; decoding of UTF-16LE/BE,
// windows-1252/latin1 and the legacy encodings ICU has; `fatal`, `ignoreBOM` and streaming.

const {
  codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_THIS },
} = require('internal/errors');
const { utf8Encode, utf8Length, utf8Write, utf8Slice, utf16leSlice } = require('internal/buffer_encoding');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { validateObject } = require('internal/validators');

const kEncoding = Symbol('encoding');
const kState = Symbol('state');

class TextEncoder {
  constructor() { this[kEncoding] = 'utf-8'; }

  get encoding() {
    if (this?.[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    input = `${input}`;
    const encoded = utf8Encode(input);   // long strings: one native pass into a new ArrayBuffer
    if (encoded !== undefined) return new Uint8Array(encoded);
    const bytes = new Uint8Array(utf8Length(input));
    utf8Write(bytes, input, 0, bytes.length);
    return bytes;
  }

  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    src = `${src}`;
    let read = 0;
    let written = 0;
    for (const char of src) {
      const size = utf8Length(char);
      if (written + size > dest.length) break;
      utf8Write(dest, char, written, size);
      written += size;
      read += char.length;
    }
    return { read, written };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    return `TextEncoder ${require('internal/util/inspect').inspect({ encoding: 'utf-8' }, opts)}`;
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { configurable: true, value: 'TextEncoder' });
for (const key of ['encode', 'encodeInto', 'encoding']) Object.defineProperty(TextEncoder.prototype, key, { enumerable: true });

// The Encoding Standard's encodings and their labels. UTF-8, UTF-16 and windows-1252 are decoded
// here; the others through ICU's converters (internalBinding('icu')), when ICU has the encoding.
// "replacement" and "x-user-defined" are known, to be named when refused, but not offered, as in
// Node.
const labels = new Map();
for (const [name, list] of [
  ['utf-8', 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8'],
  ['utf-16le', 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le'],
  ['utf-16be', 'unicodefffe utf-16be'],
  ['windows-1252', 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 ' +
    'iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252'],
  ['ibm866', '866 cp866 csibm866 ibm866'],
  ['iso-8859-2', 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2'],
  ['iso-8859-3', 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3'],
  ['iso-8859-4', 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4'],
  ['iso-8859-5', 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988'],
  ['iso-8859-6', 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e ' +
    'iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987'],
  ['iso-8859-7', 'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 ' +
    'iso_8859-7 iso_8859-7:1987 sun_eu_greek'],
  ['iso-8859-8', 'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 ' +
    'iso_8859-8 iso_8859-8:1988 visual'],
  ['iso-8859-8-i', 'csiso88598i iso-8859-8-i logical'],
  ['iso-8859-10', 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6'],
  ['iso-8859-13', 'iso-8859-13 iso8859-13 iso885913'],
  ['iso-8859-14', 'iso-8859-14 iso8859-14 iso885914'],
  ['iso-8859-15', 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9'],
  ['iso-8859-16', 'iso-8859-16'],
  ['koi8-r', 'cskoi8r koi koi8 koi8-r koi8_r'],
  ['koi8-u', 'koi8-ru koi8-u'],
  ['macintosh', 'csmacintosh mac macintosh x-mac-roman'],
  ['windows-874', 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874'],
  ['windows-1250', 'cp1250 windows-1250 x-cp1250'],
  ['windows-1251', 'cp1251 windows-1251 x-cp1251'],
  ['windows-1253', 'cp1253 windows-1253 x-cp1253'],
  ['windows-1254', 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 ' +
    'l5 latin5 windows-1254 x-cp1254'],
  ['windows-1255', 'cp1255 windows-1255 x-cp1255'],
  ['windows-1256', 'cp1256 windows-1256 x-cp1256'],
  ['windows-1257', 'cp1257 windows-1257 x-cp1257'],
  ['windows-1258', 'cp1258 windows-1258 x-cp1258'],
  ['x-mac-cyrillic', 'x-mac-cyrillic x-mac-ukrainian'],
  ['gbk', 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk'],
  ['gb18030', 'gb18030'],
  ['big5', 'big5 big5-hkscs cn-big5 csbig5 x-x-big5'],
  ['euc-jp', 'cseucpkdfmtjapanese euc-jp x-euc-jp'],
  ['iso-2022-jp', 'csiso2022jp iso-2022-jp'],
  ['shift_jis', 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis'],
  ['euc-kr', 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 ' +
    'windows-949'],
  ['replacement', 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement'],
  ['x-user-defined', 'x-user-defined'],
]) {
  for (const label of list.split(' ')) labels.set(label, name);
}
const decodedHere = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
const refused = new Set(['replacement', 'x-user-defined']);
let icu;
const icuBinding = () => (icu ??= internalBinding('icu'));

// Labels lose ASCII whitespace only (the Encoding Standard), not every Unicode space.
function getEncoding(label) {
  return labels.get(`${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

function swapBytePairs(bytes, end) {
  const swapped = new Uint8Array(end);
  for (let i = 0; i + 1 < end; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return swapped;
}

function toBytes(input) {
  // A Uint8Array (a Buffer) is used as it is: a new view over its buffer would cost an
  // allocation, and reading `buffer` makes the engine give a small array a buffer of its own.
  if (isUint8Array(input)) return input;
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

// How many bytes at the end of `bytes` start a UTF-8 sequence the next chunk may complete: a
// lead byte and continuations that are still a valid prefix (so E0 A0, not E0 80; ED 80, not
// ED A0; F0 90 to F4 8F). A prefix that can never complete is decoded now, as U+FFFD.
function incompleteUtf8Tail(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const lead = bytes[bytes.length - back];
    if ((lead & 0xc0) === 0x80) continue;
    const need = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 1;
    if (need <= back) return 0;
    if (back >= 2) {
      const second = bytes[bytes.length - back + 1];
      const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

const kNoOptions = Object.freeze({ __proto__: null });
const kNoBytes = new Uint8Array(0);

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const name = getEncoding(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (refused.has(name)) throw new ERR_ENCODING_NOT_SUPPORTED(name);
    if (options !== null && options !== undefined) validateObject(options, 'options', 7);
    const fatal = Boolean(options?.fatal);
    let converter = null;
    if (!decodedHere.has(name)) {
      converter = icuBinding().getConverter(name, fatal);
      if (converter === null) throw new ERR_ENCODING_NOT_SUPPORTED(name);
    }
    this[kEncoding] = name;
    this[kState] = {
      fatal,
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: kNoBytes,
      bomSeen: false,
      converter,
    };
  }

  get encoding() { return state(this) && this[kEncoding]; }
  get fatal() { return state(this).fatal; }
  get ignoreBOM() { return state(this).ignoreBOM; }

  decode(input = undefined, options = kNoOptions) {
    const s = state(this);
    // The common call: a whole UTF-8 Uint8Array, no stream under way, not fatal.
    if (options === kNoOptions && this[kEncoding] === 'utf-8' && !s.fatal && s.pending.length === 0 &&
        !s.bomSeen && isUint8Array(input)) {
      const text = utf8Slice(input, 0, input.length);
      return !s.ignoreBOM && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    let bytes = input === undefined ? kNoBytes : toBytes(input);
    const stream = Boolean(options?.stream);
    if (s.converter !== null) {
      // The converter keeps an incomplete sequence itself until a call without `stream`.
      const text = icuBinding().decode(s.converter, bytes, !stream);
      if (text === null) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding]);
      return text;
    }
    if (s.pending.length > 0) {
      const joined = new Uint8Array(s.pending.length + bytes.length);
      joined.set(s.pending);
      joined.set(bytes, s.pending.length);
      bytes = joined;
      s.pending = kNoBytes;
    }
    let keep = 0;
    if (stream) {
      if (this[kEncoding] === 'utf-8') keep = incompleteUtf8Tail(bytes);
      else if (this[kEncoding] !== 'windows-1252') keep = utf16StreamTail(bytes, this[kEncoding] === 'utf-16be');
      if (keep > 0) s.pending = bytes.slice(bytes.length - keep);
    }
    const end = bytes.length - keep;
    let text;
    if (this[kEncoding] === 'utf-8') {
      text = utf8Slice(bytes, 0, end);
      if (s.fatal && text.includes('\ufffd') && !validUtf8(bytes, end)) {
        s.pending = kNoBytes;
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding]);
      }
    } else if (this[kEncoding] !== 'windows-1252') {
      const even = end - (end % 2);
      const units = this[kEncoding] === 'utf-16be' ? swapBytePairs(bytes, even) : bytes;
      text = utf16leSlice(units, 0, even);
      // Unpaired surrogates (and a stray last byte) are errors when fatal, U+FFFD otherwise.
      if (!text.isWellFormed()) {
        if (s.fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding]);
        text = text.toWellFormed();
      }
      if (!stream && end % 2 === 1) {
        if (s.fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding]);
        text += '\ufffd';
      }
    } else {
      text = '';
      for (let i = 0; i < end; i++) {
        const b = bytes[i];
        // Node decodes the latin1 labels byte for byte (ISO-8859-1), not with windows-1252's C1 table.
        text += String.fromCharCode(b);
      }
    }
    if (!s.ignoreBOM && !s.bomSeen && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff && this[kEncoding] !== 'windows-1252') text = text.slice(1);
      s.bomSeen = true;
    }
    if (!stream) s.bomSeen = false;
    return text;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    const { inspect } = require('internal/util/inspect');
    const s = state(this);
    return `TextDecoder ${inspect({ encoding: this[kEncoding], fatal: s.fatal, ignoreBOM: s.ignoreBOM }, opts)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { configurable: true, value: 'TextDecoder' });
for (const key of ['decode', 'encoding', 'fatal', 'ignoreBOM']) Object.defineProperty(TextDecoder.prototype, key, { enumerable: true });

// In a stream, an odd byte and a trailing high surrogate wait for the next chunk.
function utf16StreamTail(bytes, bigEndian) {
  let keep = bytes.length % 2;
  const last = bytes.length - keep - 2;
  if (last >= 0) {
    const unit = bigEndian ? (bytes[last] << 8) | bytes[last + 1] : (bytes[last + 1] << 8) | bytes[last];
    if (unit >= 0xd800 && unit <= 0xdbff) keep += 2;
  }
  return keep;
}

function state(self) {
  const s = self?.[kState];
  if (s === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return s;
}

function validUtf8(bytes, end) {
  const decoded = utf8Slice(bytes, 0, end);
  if (utf8Length(decoded) !== end) return false;
  const again = new Uint8Array(end);
  utf8Write(again, decoded, 0, end);
  for (let i = 0; i < end; i++) if (again[i] !== bytes[i]) return false;
  return true;
}

module.exports = { TextEncoder, TextDecoder, getEncoding };
