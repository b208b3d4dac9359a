'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams over TextEncoder/TextDecoder.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { TransformStream } = require('internal/webstreams/transformstream');
const { customInspect } = require('internal/webstreams/util');

const kTransform = Symbol('kTransform');
const kCodec = Symbol('kCodec');

function checkThis(self, name) {
  const Class = name === 'TextEncoderStream' ? TextEncoderStream : TextDecoderStream;
  if (!(self instanceof Class) || self[kTransform] === undefined) throw new ERR_INVALID_THIS(name);
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A lone high surrogate at a chunk's end waits for the next chunk.
    let pendingHighSurrogate = null;
    this[kCodec] = encoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let text = `${chunk}`;
        if (pendingHighSurrogate !== null) {
          text = pendingHighSurrogate + text;
          pendingHighSurrogate = null;
        }
        if (text.length > 0) {
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pendingHighSurrogate = text[text.length - 1];
            text = text.slice(0, -1);
          }
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }

  get encoding() {
    checkThis(this, 'TextEncoderStream');
    return this[kCodec].encoding;
  }

  get readable() {
    checkThis(this, 'TextEncoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    checkThis(this, 'TextEncoderStream');
    return this[kTransform].writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    checkThis(this, 'TextEncoderStream');
    return customInspect(this, 'TextEncoderStream', {
      encoding: this.encoding, readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kCodec] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text) controller.enqueue(text);
      },
    });
  }

  get encoding() {
    checkThis(this, 'TextDecoderStream');
    return this[kCodec].encoding;
  }

  get fatal() {
    checkThis(this, 'TextDecoderStream');
    return this[kCodec].fatal;
  }

  get ignoreBOM() {
    checkThis(this, 'TextDecoderStream');
    return this[kCodec].ignoreBOM;
  }

  get readable() {
    checkThis(this, 'TextDecoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    checkThis(this, 'TextDecoderStream');
    return this[kTransform].writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    checkThis(this, 'TextDecoderStream');
    return customInspect(this, 'TextDecoderStream', {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM,
      readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}

for (const [Class, name] of [[TextEncoderStream, 'TextEncoderStream'], [TextDecoderStream, 'TextDecoderStream']]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { TextEncoderStream, TextDecoderStream };
