'use strict';
// The body of a Request or Response: bytes known up front (`source`), or a ReadableStream, made
// from the bytes only when a program asks for `body`. Reading it any way marks it used.

const { Buffer } = require('buffer');
const { isBlob, kBytes } = require('internal/blob');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const kBody = Symbol('kBody');

const textEncoder = { encode: (text) => Buffer.from(text, 'utf8') };

function lazyWebStreams() {
  return require('internal/webstreams/readablestream');
}

function lazyFormData() {
  return require('internal/fetch/form_data');
}

function bytesOf(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// { source, stream, length, type }: the body an object makes, with the content type it implies.
function extractBody(object) {
  let source = null;
  let stream = null;
  let type = null;
  if (typeof object === 'string') {
    source = textEncoder.encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (isAnyArrayBuffer(object)) {
    source = new Uint8Array(object.slice(0));
  } else if (isArrayBufferView(object)) {
    source = bytesOf(object);
  } else if (object instanceof require('internal/url').URLSearchParams) {
    source = textEncoder.encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isBlob(object)) {
    source = object[kBytes];
    if (object.type !== '') type = object.type;
  } else if (lazyFormData().isFormData(object)) {
    const encoded = lazyFormData().encodeMultipart(object);
    source = encoded.bytes;
    type = `multipart/form-data; boundary=${encoded.boundary}`;
  } else if (lazyWebStreams().isReadableStream(object)) {
    if (object.locked || isDisturbed(object)) throw new TypeError('Response body object should not be disturbed or locked');
    stream = object;
  } else if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    stream = streamFromAsyncIterable(object);
  } else {
    source = textEncoder.encode(`${object}`);
    type = 'text/plain;charset=UTF-8';
  }
  return { body: { source, stream, length: source === null ? null : source.byteLength, used: false }, type };
}

function isDisturbed(stream) {
  const { kIsDisturbed } = require('internal/streams/utils');
  return stream[kIsDisturbed] === true;
}

function streamFromAsyncIterable(iterable) {
  const { ReadableStream } = lazyWebStreams();
  let iterator;
  return new ReadableStream({
    type: 'bytes',
    start() { iterator = iterable[Symbol.asyncIterator](); },
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) {
        queueMicrotask(() => {
          controller.close();
          controller.byobRequest?.respond(0);
        });
        return;
      }
      if (typeof value === 'string') controller.enqueue(textEncoder.encode(value));
      else if (isArrayBufferView(value)) controller.enqueue(bytesOf(value));
      else throw new TypeError('Received non-Uint8Array chunk');
    },
    async cancel(reason) { await iterator.return?.(reason); },
  });
}

// The stream of bytes known up front: one chunk, then the end.
function streamFromBytes(bytes) {
  const { ReadableStream } = lazyWebStreams();
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
      controller.byobRequest?.respond(0);
    },
  });
}

function bodyStream(body) {
  if (body.stream === null) body.stream = streamFromBytes(body.source);
  return body.stream;
}

function isUnusable(body) {
  if (body === null) return false;
  return body.used || (body.stream !== null && (body.stream.locked || isDisturbed(body.stream)));
}

function isBodyUsed(body) {
  return body !== null && (body.used || (body.stream !== null && isDisturbed(body.stream)));
}

async function readAllBytes(body) {
  body.used = true;
  if (body.stream === null) return body.source;
  const reader = body.stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
    size += value.byteLength;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

function utf8Text(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// The mixin's methods for a class whose instances keep their body in [kBody] and their
// headers list where headersListOf finds it. checkThis throws for a foreign receiver.
function addBodyMethods(prototype, checkThis, headersListOf, namesAfterBody) {
  const { listGet } = require('internal/fetch/headers');
  async function consume(object) {
    checkThis(object);
    const body = object[kBody];
    if (isUnusable(body)) throw new TypeError('Body is unusable: Body has already been read');
    return body === null ? new Uint8Array(0) : readAllBytes(body);
  }
  const methods = {
    async blob() {
      const bytes = await consume(this);
      const type = listGet(headersListOf(this), 'content-type') ?? '';
      const { Blob } = require('internal/blob');
      return new Blob([bytes], { type });
    },
    async arrayBuffer() {
      const bytes = await consume(this);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    async text() {
      return utf8Text(await consume(this));
    },
    async json() {
      return JSON.parse(utf8Text(await consume(this)));
    },
    async formData() {
      const bytes = await consume(this);
      const type = listGet(headersListOf(this), 'content-type') ?? '';
      return lazyFormData().parseFormData(bytes, type);
    },
    async bytes() {
      const bytes = await consume(this);
      return new Uint8Array(bytes);
    },
  };
  Object.defineProperties(prototype, {
    body: {
      __proto__: null,
      get() {
        checkThis(this);
        const body = this[kBody];
        return body === null ? null : bodyStream(body);
      },
      enumerable: true, configurable: true,
    },
    bodyUsed: {
      __proto__: null,
      get() {
        checkThis(this);
        return isBodyUsed(this[kBody]);
      },
      enumerable: true, configurable: true,
    },
  });
  // Own keys in the order of the standard's interface: the body attributes, then these.
  for (const name of namesAfterBody) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    delete prototype[name];
    Object.defineProperty(prototype, name, descriptor);
  }
  for (const name of Object.keys(methods)) {
    Object.defineProperty(prototype, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

// A body for a clone: the stream splits in two, one branch for each (bytes are shared).
function cloneBody(body) {
  if (body.stream === null) return { ...body };
  const [first, second] = body.stream.tee();
  body.stream = first;
  return { source: null, stream: second, length: body.length, used: false };
}

module.exports = { kBody, extractBody, addBodyMethods, cloneBody, bodyStream, isUnusable, textEncoder };
