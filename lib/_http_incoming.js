'use strict';
// IncomingMessage: a received HTTP message (a server's request, a client's response) as a
// Readable of its body, with the start line's fields and the headers, which are combined into
// `headers` only when first read.

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

function fieldsObject(message, raw, distinct) {
  const result = {};
  for (let i = 0; i < raw.length; i += 2) {
    if (distinct) addDistinct(raw[i], raw[i + 1], result);
    else message._addHeaderLine(raw[i], raw[i + 1], result);
  }
  return result;
}

// The fields combined from the raw list the first time they are read; a program may replace them.
function lazyFields(cache, rawName, distinct) {
  return {
    __proto__: null,
    get() {
      this[cache] ??= fieldsObject(this, this[rawName], distinct);
      return this[cache];
    },
    set(value) { this[cache] = value; },
    configurable: true,
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    __proto__: null, get() { return this.socket; }, set(value) { this.socket = value; }, configurable: true,
  },
  headers: lazyFields(kHeaders, 'rawHeaders', false),
  headersDistinct: lazyFields(kHeadersDistinct, 'rawHeaders', true),
  trailers: lazyFields(kTrailers, 'rawTrailers', false),
  trailersDistinct: lazyFields(kTrailersDistinct, 'rawTrailers', true),
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket?.readable) readStart(this.socket);
};

// A message dropped before its end (the client went away, the program destroyed it) is aborted.
// The error reaches 'error' only when someone listens for it (Node's compatible behaviour).
IncomingMessage.prototype._destroy = function _destroy(error, callback) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  const finish = () => process.nextTick(() => callback(this.listenerCount('error') === 0 ? null : error));
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(error);
    this.socket.once('close', finish);
    return;
  }
  finish();
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers?.length) {
    const dest = this.complete ? this[kTrailers] ??= {} : this[kHeaders] ??= {};
    for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
  }
};

// How a repeated field combines (Node's rules): set-cookie collects an array, cookie joins with
// "; ", the fields that may appear once keep their first value, the rest join with ", ".
const kSingleValueFields = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  if (field === 'set-cookie') {
    if (Object.hasOwn(dest, field)) dest[field].push(value);
    else dest[field] = [value];
  } else if (!Object.hasOwn(dest, field)) {
    dest[field] = value;
  } else if (field === 'cookie') {
    dest[field] += `; ${value}`;
  } else if (this.joinDuplicateHeaders || !kSingleValueFields.has(field)) {
    dest[field] += `, ${value}`;
  }
};

function addDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!Object.hasOwn(dest, field)) dest[field] = [value];
  else dest[field].push(value);
}

// The body nobody reads is read and dropped, so the connection can carry the next message.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
