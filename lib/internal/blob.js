'use strict';
// Blob: immutable bytes with a MIME type, held in memory. Parts are copied at construction, so
// later changes to a source buffer do not show through.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const kBytes = Symbol('kBytes');
// Blob.stream() hands out the bytes in pieces of this size.
const kStreamChunk = 64 * 1024;
const kType = Symbol('kType');
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function isBlob(value) {
  return value?.[kBytes] !== undefined;
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function partBytes(part, endings) {
  if (isBlob(part)) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (isArrayBufferView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r?\n/g, '\n');
  return Buffer.from(text, 'utf8');
}

function concatParts(parts) {
  let size = 0;
  for (const part of parts) size += part.byteLength;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

function checkThis(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_THIS('Blob');
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    for (const source of sources) parts.push(partBytes(source, endings));
    this[kBytes] = concatParts(parts);
    this[kType] = normalizeType(type);
  }

  get type() {
    checkThis(this);
    return this[kType];
  }

  get size() {
    checkThis(this);
    return this[kBytes].byteLength;
  }

  slice(start = 0, end = this.size, contentType = '') {
    checkThis(this);
    const size = this.size;
    const clamp = (value) => {
      value = Math.trunc(Number(value)) || 0;
      return value < 0 ? Math.max(size + value, 0) : Math.min(value, size);
    };
    const from = clamp(start);
    const to = Math.max(clamp(end), from);
    const blob = Object.create(Blob.prototype);
    blob[kBytes] = this[kBytes].subarray(from, to);
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  async arrayBuffer() {
    checkThis(this);
    const bytes = this[kBytes];
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  async text() {
    checkThis(this);
    return Buffer.from(await this.arrayBuffer()).toString('utf8');
  }

  async bytes() {
    checkThis(this);
    return new Uint8Array(await this.arrayBuffer());
  }

  stream() {
    checkThis(this);
    const bytes = this[kBytes];
    let offset = 0;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    return new ReadableStream({
      pull(controller) {
        if (offset >= bytes.byteLength) {
          controller.close();
          return;
        }
        const end = Math.min(offset + kStreamChunk, bytes.byteLength);
        controller.enqueue(bytes.slice(offset, end));
        offset = end;
      },
    });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return require('internal/util').customInspect(this, 'Blob', { size: this.size, type: this.type }, depth, options);
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true, writable: false, enumerable: false,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { __proto__: null, enumerable: true });
}

// Object URLs: "blob:nodedata:<uuid>" names a registered blob until it is revoked.
const objectURLBlobs = new Map();

function createObjectURL(blob) {
  if (!isBlob(blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const id = require('internal/crypto/random').randomUUID();
  objectURLBlobs.set(id, blob);
  return `blob:nodedata:${id}`;
}

// The id a "blob:nodedata:<id>" URL names (its query and fragment aside), or undefined.
function objectURLId(url) {
  let parsed;
  try {
    parsed = new (require('internal/url').URL)(`${url}`);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'blob:') return undefined;
  const parts = parsed.pathname.split(':');
  return parts.length === 2 && parts[0] === 'nodedata' ? parts[1] : undefined;
}

function revokeObjectURL(url) {
  const id = objectURLId(url);
  if (id !== undefined) objectURLBlobs.delete(id);
}

// A new Blob over the registered one's bytes and type, or undefined.
function resolveObjectURL(url) {
  const id = objectURLId(url);
  const blob = id === undefined ? undefined : objectURLBlobs.get(id);
  return blob === undefined ? undefined : new Blob([blob], { type: blob.type });
}

module.exports = { Blob, isBlob, kBytes, kType, createObjectURL, revokeObjectURL, resolveObjectURL };
