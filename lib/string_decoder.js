'use strict';
// Decodes byte chunks to strings without splitting multi-byte characters across chunks.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

function normalizeEncoding(enc) {
  const lower = `${enc ?? 'utf8'}`.toLowerCase();
  switch (lower) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'ascii': case 'hex': return lower;
  }
  if (!Buffer.isEncoding(enc)) throw new ERR_UNKNOWN_ENCODING(enc);
  return lower;
}

// Bytes a UTF-8 lead byte announces, 0 for a continuation byte, -1 for an invalid byte.
function utf8Length(byte) {
  if (byte <= 0x7f) return 1;
  if (byte >> 5 === 0x06) return 2;
  if (byte >> 4 === 0x0e) return 3;
  if (byte >> 3 === 0x1e) return 4;
  return byte >> 6 === 0x02 ? 0 : -1;
}

function checkDecoder(self) {
  if (self === null || typeof self !== 'object' || !(self.pending instanceof Uint8Array)) {
    throw new ERR_INVALID_THIS('StringDecoder');
  }
}

// A function, not a class: old code initializes objects with StringDecoder.call(obj).
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this.pending = Buffer.alloc(0);
}

StringDecoder.prototype = {
  constructor: StringDecoder,

  write(buf) {
    checkDecoder(this);
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    // A UTF-16 surrogate pair stays whole until all four bytes are here, even across odd chunks.
    if (this.encoding === 'utf16le' && this.pending.length > 0 && bytes.length < this.lastNeed) {
      this.pending = Buffer.concat([this.pending, bytes]);
      return '';
    }
    if (this.pending.length > 0) bytes = Buffer.concat([this.pending, bytes]);
    const keep = this.incompleteTail(bytes);
    this.pending = Buffer.from(bytes.subarray(bytes.length - keep));
    return bytes.toString(this.encoding, 0, bytes.length - keep);
  },

  end(buf) {
    checkDecoder(this);
    let result = buf === undefined ? '' : this.write(buf);
    if (this.pending.length > 0) {
      result += this.pending.toString(this.encoding);
      this.pending = Buffer.alloc(0);
    }
    return result;
  },

  text(buf, offset) { return this.write(buf.subarray(offset)); },

  // How many bytes at the end of `bytes` wait for the rest of their character.
  incompleteTail(bytes) {
    const n = bytes.length;
    switch (this.encoding) {
      case 'utf8':
        for (let back = 1; back <= Math.min(3, n); back++) {
          const need = utf8Length(bytes[n - back]);
          if (need === 0) continue;
          return need > back ? back : 0;
        }
        return 0;
      case 'utf16le': {
        if (n % 2 === 1) return 1;
        if (n >= 2) {
          const last = bytes[n - 2] | (bytes[n - 1] << 8);
          if (last >= 0xd800 && last <= 0xdbff) return 2;
        }
        return 0;
      }
      case 'base64': case 'base64url': return n % 3;
      default: return 0;
    }
  },

  // The bytes of the pending character in a 4-byte buffer, how many it still lacks, and how
  // many it has in all: undocumented, but read by old stream code.
  get lastChar() {
    const bytes = Buffer.alloc(4);
    bytes.set(this.pending.subarray(0, 4));
    return bytes;
  },
  get lastNeed() { return this.pending.length === 0 ? 0 : this.lastTotal - this.pending.length; },
  get lastTotal() {
    const held = this.pending.length;
    if (held === 0) return 0;
    switch (this.encoding) {
      case 'utf8': return Math.max(utf8Length(this.pending[0]), held);
      case 'utf16le': return held % 2 === 1 ? held + 1 : held + 2;
      case 'base64': case 'base64url': return 3;
      default: return held;
    }
  },
};

module.exports = { StringDecoder };
