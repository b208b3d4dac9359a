'use strict';
// OutgoingMessage: the writable side of an HTTP message (a server's response, a client's
// request). Headers are kept until the first write or end, then sent as one head followed by
// the body, framed by Content-Length when the whole body is known at that point and chunked
// otherwise. Until the message has its socket, what it writes waits in outputData.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar, chunkExpression } =
  require('_http_common');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_TRAILER_INVALID, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END,
    ERR_STREAM_ALREADY_FINISHED, ERR_HTTP_CONTENT_LENGTH_MISMATCH,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const kOutHeaders = Symbol('kOutHeaders');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kHighWaterMark = 16 * 1024;
const kChunkEnd = '\r\n';

let cachedDate = '';
function utcDate() {
  if (cachedDate === '') {
    cachedDate = new Date().toUTCString();
    // One formatting per second at most: the value is good until the second changes.
    setTimeout(() => { cachedDate = ''; }, 1000 - new Date().getMilliseconds()).unref();
  }
  return cachedDate;
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) throw new ERR_INVALID_HTTP_TOKEN(label, name);
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(`${value}`)) throw new ERR_INVALID_CHAR('header content', name);
}

// The `uniqueHeaders` option: fields whose repeated values go out joined on one line.
function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  return new Set(headers.map((name) => `${name}`.toLowerCase()));
}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options?.uniqueHeaders);
  this._keepAliveTimeout = 0;
  this._onPendingData = () => {};
  this._bytesWritten = 0;
  this._highWaterMark = options?.highWaterMark ?? kHighWaterMark;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  errored: { __proto__: null, get() { return this.socket ? this.socket.errored : null; }, configurable: true },
  closed: { __proto__: null, get() { return this._closed; }, configurable: true },
  writableFinished: {
    __proto__: null,
    get() { return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0); },
    configurable: true,
  },
  writableObjectMode: { __proto__: null, get() { return false; }, configurable: true },
  writableLength: {
    __proto__: null, get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }, configurable: true,
  },
  writableHighWaterMark: {
    __proto__: null, get() { return this.socket ? this.socket.writableHighWaterMark : this._highWaterMark; },
    configurable: true,
  },
  writableCorked: { __proto__: null, get() { return this[kCorked]; }, configurable: true },
  writableEnded: { __proto__: null, get() { return this.finished; }, configurable: true },
  writableNeedDrain: { __proto__: null, get() { return !this.destroyed && !this.finished && this[kNeedDrain]; }, configurable: true },
  connection: {
    __proto__: null, get() { return this.socket; }, set(value) { this.socket = value; }, configurable: true,
  },
  headersSent: { __proto__: null, get() { return !!this._header; }, configurable: true },
});

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', (socket) => socket.setTimeout(msecs));
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// Sends the head with the first piece of data that follows it, as one write when both are text
// of the same encoding.
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    const header = this._header;
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = header + data;
    } else {
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const socket = this.socket;
  if (socket?.destroyed) {
    if (typeof callback === 'function') process.nextTick(callback);
    return false;
  }
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (socket && socket._httpMessage === this && socket.writable) {
    if (this.outputData.length) this._flushOutput(socket);
    return socket.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this.writableHighWaterMark;
};

// Builds the head from the first line and the headers (an object, a flat [name, value, ...]
// array, or the ones setHeader stored), adding Date, Connection and the body's framing.
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const entry of headers) processHeader(this, state, entry[0], entry[1], true);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) processHeader(this, state, headers[i], headers[i + 1], true);
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }
  let { header } = state;
  if (this.sendDate && !state.date) header += `Date: ${utcDate()}\r\n`;
  // Keep-alive or close, unless the program named it.
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }
  if (!state.connection) {
    const shouldSendKeepAlive = this.shouldKeepAlive && (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}`;
        if (this._maxRequestsPerSocket) header += `, max=${this._maxRequestsPerSocket}`;
        header += '\r\n';
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += `Content-Length: ${this._contentLength}\r\n`;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();
  this._header = `${header}\r\n`;
  this._headerSent = false;
  if (state.expect) this._send('');
};

function processHeader(message, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    // Repeated as lines, unless the field is a cookie or one the program named unique.
    if ((value.length < 2 || !isCookieField(key)) && !message[kUniqueHeaders]?.has(key.toLowerCase())) {
      for (const item of value) storeHeader(message, state, key, item, validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(message, state, key, value, validate);
}

function isCookieField(name) {
  return name.length === 6 && name.toLowerCase() === 'cookie';
}

function storeHeader(message, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += `${key}: ${value}\r\n`;
  matchHeader(message, state, key, value);
}

function matchHeader(message, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  switch (field.toLowerCase()) {
    case 'connection':
      state.connection = true;
      message._removedConnection = false;
      if (/(?:^|\W)close(?:$|\W)/i.test(value)) message._last = true;
      else message.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      message._removedTE = false;
      if (chunkExpression.test(value)) message.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      message._contentLength = +value;
      message._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field.toLowerCase()] = true;
      break;
    case 'keep-alive':
      message._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const [key, value] of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders] ?? (this[kOutHeaders] = { __proto__: null });
  if (!(field in headers)) {
    headers[field] = [name, value];
    return this;
  }
  const existing = headers[field][1];
  const values = Array.isArray(existing) ? existing : [existing];
  headers[field][1] = values.concat(value);
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((entry) => entry[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const result = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) result[key] = headers[key][1];
  }
  return result;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const result = writeChunk(this, chunk, encoding, callback, false);
  if (!result) this[kNeedDrain] = true;
  return result;
};

function onError(message, error, callback) {
  if (message.listenerCount('error') === 0) {
    process.nextTick(() => callback?.(error));
    return;
  }
  process.nextTick(() => {
    message.emit('error', error);
    callback?.(error);
  });
}

function chunkLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function writeChunk(message, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = undefined;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let error;
  if (message.finished) error = new ERR_STREAM_WRITE_AFTER_END();
  else if (message.destroyed) error = new ERR_STREAM_DESTROYED('write');
  if (error) {
    if (!message.destroyed) onError(message, error, callback);
    else process.nextTick(() => callback?.(error));
    return false;
  }
  let length;
  if (message.strictContentLength) {
    length ??= chunkLength(chunk, encoding);
    message._bytesWritten += length;
    if (typeof message._contentLength === 'number' && message._bytesWritten > message._contentLength) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(message._bytesWritten, message._contentLength);
    }
  }
  if (!message._header) {
    if (fromEnd) {
      length ??= chunkLength(chunk, encoding);
      message._contentLength = length;
    }
    message._implicitHeader();
  }
  if (!message._hasBody) {
    process.nextTick(() => callback?.());
    return true;
  }
  if (!fromEnd && message.socket && !message.socket.writableCorked) {
    message.socket.cork();
    process.nextTick(uncorkSocket, message.socket);
  }
  let result;
  if (message.chunkedEncoding && chunk.length !== 0) {
    length ??= chunkLength(chunk, encoding);
    message._send(`${length.toString(16)}\r\n`, 'latin1', null);
    message._send(chunk, encoding, null, length);
    result = message._send(kChunkEnd, 'latin1', callback);
  } else if (chunk.length === 0 && message.chunkedEncoding) {
    process.nextTick(() => callback?.());
    result = true;
  } else {
    result = message._send(chunk, encoding, callback, length);
  }
  return result;
}

function uncorkSocket(socket) {
  socket.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Array.isArray(headers) ? headers.map((entry) => entry[0]) : Object.keys(headers);
  for (let i = 0; i < keys.length; i++) {
    const field = Array.isArray(headers) ? headers[i][0] : keys[i];
    const value = Array.isArray(headers) ? headers[i][1] : headers[field];
    validateHeaderName(field, 'Trailer name');
    const values = Array.isArray(value) && value.length > 1 ? value : [value];
    for (const item of values) {
      if (checkInvalidHeaderChar(`${item}`)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += `${field}: ${item}\r\n`;
    }
  }
};

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback === 'function' ? callback : undefined);
      return this;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    // Corked until the end of end(): the last chunk and the message's end go out in one write.
    if (this.socket) this.socket.cork();
    try {
      writeChunk(this, chunk, encoding, null, true);
    } catch (error) {
      if (this.socket) this.socket.uncork();
      throw error;
    }
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (this.strictContentLength && typeof this._contentLength === 'number' && this._hasBody &&
      this._bytesWritten !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this._bytesWritten, this._contentLength);
  }
  const finish = () => onFinish(this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send(`0\r\n${this._trailer}\r\n`, 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  this.finished = true;
  if (this.socket) {
    // Fully uncorked, however many corks writes left.
    while (this.socket.writableCorked) this.socket.uncork();
  }
  // The head and the body went out (or wait for the socket): 'prefinish' now.
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

function onFinish(message) {
  if (message.finishEmitted) return;
  message.finishEmitted = true;
  message.emit('finish');
}

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// Writes what waited for the socket.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const result = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (result) this.emit('drain');
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const data = this.outputData;
  if (data.length <= 0) return undefined;
  socket.cork();
  let result;
  for (const { data: chunk, encoding, callback } of data) result = socket.write(chunk, encoding, callback);
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return result;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
  kHighWaterMark,
  kOutHeaders,
  kNeedDrain,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  OutgoingMessage,
  validateHeaderName,
  validateHeaderValue,
  utcDate,
};
