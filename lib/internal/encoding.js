'use strict';
// TextEncoder and TextDecoder (the Encoding Standard): UTF-8 both ways; UTF-16LE/BE and
// windows-1252/latin1 decoding; `fatal`, `ignoreBOM` and streaming.

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

const labels = new Map();
for (const [name, list] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252']],
]) {
  for (const label of list) labels.set(label, name);
}

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

// How many bytes at the end of `bytes` start a UTF-8 sequence the next chunk may complete.
function incompleteUtf8Tail(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const kNoOptions = Object.freeze({ __proto__: null });
const kNoBytes = new Uint8Array(0);

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const name = getEncoding(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== null && options !== undefined) validateObject(options, 'options', 7);
    this[kEncoding] = name;
    this[kState] = {
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: kNoBytes,
      bomSeen: false,
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
