'use strict';
// An incremental HTTP/1.x message parser for both directions (fetch reads responses with it).
// Bytes go in as they arrive with execute(); the message comes out through callbacks:
//   onHeadersComplete(info)  the start line and the header fields; returning true means the
//                            message has no body whatever its headers say (a response to HEAD)
//   onBody(chunk)            a piece of the body (a view of the bytes given to execute)
//   onMessageComplete(trailers)
// After a message the parser waits for the next one on the same connection (keep-alive,
// pipelining). Malformed input is an Error whose code is an HPE_* name and whose message
// is "Parse Error: <reason>"; the parser accepts nothing after it.

const { latin1Slice } = require('internal/buffer_encoding');

const kRequest = 1;
const kResponse = 2;

const kHead = 0;
const kFixedBody = 1;
const kChunkSize = 2;
const kChunkData = 3;
const kChunkDataEnd = 4;
const kTrailers = 5;
const kBodyUntilEOF = 6;
const kUpgraded = 7;
const kFailed = 8;

const kDefaultMaxHeaderSize = 16 * 1024;
// The request methods this parser accepts (http.METHODS).
const kMethods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

const kTokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// An RFC 9110 token: a method, a header field's name.
function isHttpToken(value) {
  return kTokenPattern.test(value);
}
// Field values: visible characters, spaces, tabs and obs-text; no other controls.
const kInvalidValuePattern = /[\x00-\x08\x0a-\x1f\x7f]/;
const kStatusLinePattern = /^HTTP\/(\d)\.(\d) (\d{3})(?: ([^\r\n]*))?$/;
const kRequestLinePattern = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+) ([^\s\x00-\x1f\x7f]+) HTTP\/(\d)\.(\d)$/;
const kChunkSizePattern = /^([0-9A-Fa-f]{1,15})[ \t]*(?:;[^\r\n]*)?$/;
const kPartialChunkSizePattern = /^(?:[0-9A-Fa-f]{1,15}(?:[ \t]*(?:;[^\r\n]*)?)?\r?)?$/;

function parseError(code, reason) {
  const error = new Error(`Parse Error: ${reason}`);
  error.code = code;
  error.reason = reason;
  return error;
}

function hasToken(value, token) {
  for (const part of value.split(',')) {
    if (part.trim().toLowerCase() === token) return true;
  }
  return false;
}

class HTTPParser {
  constructor(kind, { maxHeaderSize = kDefaultMaxHeaderSize } = {}) {
    this.kind = kind;
    this.maxHeaderSize = maxHeaderSize;
    this.onHeadersComplete = null;
    this.onBody = null;
    this.onMessageComplete = null;
    this.bytesParsed = 0;
    this.reset();
  }

  reset() {
    this.state = kHead;
    this.headText = '';
    this.remaining = 0;
    this.shouldKeepAlive = false;
    this.upgrade = false;
  }

  // Returns the bytes consumed (all of them unless the connection was upgraded: then the rest
  // belongs to the new protocol), or the Error that ended parsing.
  execute(bytes) {
    if (this.state === kFailed) return this.error;
    let offset = 0;
    const length = bytes.length;
    while (offset < length) {
      switch (this.state) {
        case kHead: offset = this.readHead(bytes, offset); break;
        case kFixedBody:
          offset = this.readBody(bytes, offset);
          if (this.remaining === 0) this.completeMessage(null);
          break;
        case kChunkSize: offset = this.readChunkSize(bytes, offset); break;
        case kChunkData:
          offset = this.readBody(bytes, offset);
          if (this.remaining === 0) {
            this.state = kChunkDataEnd;
            this.headText = '';
          }
          break;
        case kChunkDataEnd: offset = this.readChunkDataEnd(bytes, offset); break;
        case kTrailers: offset = this.readTrailers(bytes, offset); break;
        case kBodyUntilEOF:
          this.emitBody(bytes, offset, length);
          offset = length;
          break;
        case kUpgraded:
          this.bytesParsed += offset;
          return offset;
        case kFailed:
          return this.error;
      }
      if (this.state === kFailed) return this.error;
    }
    this.bytesParsed += length;
    return length;
  }

  // The connection ended: a body that lasts until the end is complete; anything else half-read
  // is an error.
  finish() {
    if (this.state === kBodyUntilEOF) {
      this.completeMessage(null);
      return undefined;
    }
    if (this.state === kFailed) return this.error;
    if (this.state === kHead && this.headText === '') return undefined;
    if (this.state === kUpgraded) return undefined;
    return this.fail('HPE_INVALID_EOF_STATE', 'Invalid EOF state');
  }

  fail(code, reason) {
    this.state = kFailed;
    this.error = parseError(code, reason);
    this.error.bytesParsed = this.bytesParsed;
    return this.error;
  }

  emitBody(bytes, start, end) {
    if (end > start) this.onBody?.(bytes.subarray(start, end));
  }

  // Up to `remaining` body bytes from offset on; the offset after them.
  readBody(bytes, offset) {
    const take = Math.min(this.remaining, bytes.length - offset);
    this.remaining -= take;
    this.emitBody(bytes, offset, offset + take);
    return offset + take;
  }

  // Reads up to the end of a line-oriented section ("\r\n\r\n", or a bare "\n\n"), keeping the
  // text read so far; returns the section's text and the offset after it, or null for more.
  takeLines(bytes, offset, terminatorMayBeFirst) {
    const previous = this.headText.length;
    // No more than a full section can hold: the body after it stays bytes.
    const limit = Math.min(bytes.length, offset + this.maxHeaderSize + 4 - previous);
    this.headText += latin1Slice(bytes, offset, limit);
    const text = this.headText;
    let from = Math.max(0, previous - 3);
    let end = -1;
    let after = 0;
    if (terminatorMayBeFirst && text.startsWith('\r\n')) {
      end = 0;
      after = 2;
    } else if (terminatorMayBeFirst && text.startsWith('\n')) {
      end = 0;
      after = 1;
    } else {
      for (;;) {
        const newline = text.indexOf('\n', from);
        if (newline === -1) break;
        if (text[newline + 1] === '\n') {
          end = newline + (text[newline - 1] === '\r' ? -1 : 0);
          after = newline + 2;
          break;
        }
        if (text[newline + 1] === '\r' && text[newline + 2] === '\n') {
          end = newline + (text[newline - 1] === '\r' ? -1 : 0);
          after = newline + 3;
          break;
        }
        if (newline + 2 >= text.length) break;
        from = newline + 1;
      }
    }
    if (end === -1) {
      if (text.length > this.maxHeaderSize) {
        this.fail('HPE_HEADER_OVERFLOW', 'Header overflow');
      } else if (!terminatorMayBeFirst) {
        this.checkPartialStartLine(text);
      }
      return null;
    }
    if (end > this.maxHeaderSize) {
      this.fail('HPE_HEADER_OVERFLOW', 'Header overflow');
      return null;
    }
    this.headText = '';
    return { text: text.slice(0, end), next: offset + after - previous };
  }

  // A start line that cannot become valid fails as soon as that shows (a request's method
  // must be one this parser knows), not when its head is complete: a peer sending garbage gets
  // its answer without waiting for a blank line that may never come.
  checkPartialStartLine(text) {
    const firstLine = text.split(/\r?\n/, 1)[0];
    if (this.kind === kResponse) {
      const prefix = firstLine.slice(0, 5);
      if (!'HTTP/'.startsWith(prefix)) this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/');
      return;
    }
    const space = firstLine.indexOf(' ');
    const method = space === -1 ? firstLine : firstLine.slice(0, space);
    if (!kMethods.some((known) => known.startsWith(method)) || (space !== -1 && !kMethods.includes(method))) {
      this.fail('HPE_INVALID_METHOD', 'Invalid method encountered');
    }
  }

  readHead(bytes, offset) {
    // Empty lines before a message are allowed (a client's stray CRLF after a body).
    if (this.headText === '') {
      while (offset < bytes.length && (bytes[offset] === 13 || bytes[offset] === 10)) offset++;
      if (offset === bytes.length) return offset;
    }
    const section = this.takeLines(bytes, offset, false);
    if (section === null) return bytes.length;
    const lines = section.text.split(/\r?\n/);
    if (section.text.includes('\r') && lines.some((line) => line.includes('\r'))) {
      this.fail('HPE_LF_EXPECTED', 'Missing expected LF after header value');
      return bytes.length;
    }
    const info = this.kind === kResponse ? this.parseStatusLine(lines[0]) : this.parseRequestLine(lines[0]);
    if (info === null) return bytes.length;
    const headers = this.parseFields(lines, 1);
    if (headers === null) return bytes.length;
    info.headers = headers;
    if (!this.frameMessage(info)) return bytes.length;
    // The callback may decline an upgrade (info.upgrade = false): the message is then framed
    // by its headers like any other.
    const skipBody = this.onHeadersComplete?.(info) === true;
    if (this.state === kFailed) return bytes.length;
    if (info.upgrade) {
      this.state = kUpgraded;
      return section.next;
    }
    if (skipBody || this.state === kHead) {
      this.completeMessage(null);
    }
    return section.next;
  }

  parseStatusLine(line) {
    const match = kStatusLinePattern.exec(line);
    if (match === null) {
      if (!line.startsWith('HTTP/')) this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/');
      else if (!/^HTTP\/\d\.\d /.test(line)) this.fail('HPE_INVALID_VERSION', 'Invalid HTTP version');
      else this.fail('HPE_INVALID_STATUS', 'Invalid status code');
      return null;
    }
    return {
      versionMajor: +match[1], versionMinor: +match[2], statusCode: +match[3], statusMessage: match[4] ?? '',
      method: undefined, url: undefined, headers: null, upgrade: false, shouldKeepAlive: false,
    };
  }

  parseRequestLine(line) {
    const match = kRequestLinePattern.exec(line);
    if (match !== null && !kMethods.includes(match[1])) {
      this.fail('HPE_INVALID_METHOD', 'Invalid method encountered');
      return null;
    }
    if (match === null) {
      const method = /^\S*/.exec(line)[0];
      if (!kTokenPattern.test(method)) this.fail('HPE_INVALID_METHOD', 'Invalid method encountered');
      else if (!/ HTTP\/\d\.\d$/.test(line)) this.fail('HPE_INVALID_VERSION', 'Invalid HTTP version');
      else this.fail('HPE_INVALID_URL', 'Invalid URL');
      return null;
    }
    return {
      versionMajor: +match[3], versionMinor: +match[4], statusCode: undefined, statusMessage: undefined,
      method: match[1], url: match[2], headers: null, upgrade: false, shouldKeepAlive: false,
    };
  }

  // Header (or trailer) lines from `first` on, as a flat [name, value, ...] list; null on error.
  parseFields(lines, first) {
    const fields = [];
    for (let i = first; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(':');
      const name = colon === -1 ? line : line.slice(0, colon);
      if (colon <= 0 || !kTokenPattern.test(name)) {
        this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header field char');
        return null;
      }
      const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
      if (kInvalidValuePattern.test(value)) {
        this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char');
        return null;
      }
      fields.push(name, value);
    }
    return fields;
  }

  // Decides from the headers how the body is delimited and whether the connection stays open.
  frameMessage(info) {
    const headers = info.headers;
    let contentLength = -1;
    let transferEncoding = null;
    let connection = '';
    let hasUpgradeHeader = false;
    for (let i = 0; i < headers.length; i += 2) {
      const name = headers[i].toLowerCase();
      const value = headers[i + 1];
      if (name === 'content-length') {
        if (!/^\d+$/.test(value)) {
          this.fail('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length');
          return false;
        }
        if (contentLength !== -1) {
          this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length');
          return false;
        }
        contentLength = Number(value);
      } else if (name === 'transfer-encoding') {
        transferEncoding = transferEncoding === null ? value : `${transferEncoding}, ${value}`;
      } else if (name === 'connection') {
        connection = connection === '' ? value : `${connection}, ${value}`;
      } else if (name === 'upgrade') {
        hasUpgradeHeader = true;
      }
    }
    const http11 = info.versionMajor === 1 && info.versionMinor >= 1;
    info.shouldKeepAlive = http11 ? !hasToken(connection, 'close') : hasToken(connection, 'keep-alive');
    if (this.kind === kRequest) {
      info.upgrade = info.method === 'CONNECT' || (hasUpgradeHeader && hasToken(connection, 'upgrade'));
    } else {
      info.upgrade = info.statusCode === 101;
    }
    const status = info.statusCode;
    if (this.kind === kResponse && (status < 200 || status === 204 || status === 304)) {
      this.state = kHead;
    } else if (this.kind === kRequest && info.method === 'CONNECT') {
      this.state = kHead;
    } else if (transferEncoding !== null) {
      const codings = transferEncoding.split(',');
      const chunked = codings[codings.length - 1].trim().toLowerCase() === 'chunked';
      if (contentLength !== -1) {
        this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding");
        return false;
      }
      if (chunked) {
        this.state = kChunkSize;
        this.headText = '';
      } else if (this.kind === kRequest) {
        this.fail('HPE_INVALID_TRANSFER_ENCODING', 'Request has invalid `Transfer-Encoding`');
        return false;
      } else {
        this.state = kBodyUntilEOF;
        info.shouldKeepAlive = false;
      }
    } else if (contentLength > 0) {
      this.state = kFixedBody;
      this.remaining = contentLength;
    } else if (contentLength === 0 || this.kind === kRequest) {
      this.state = kHead;
    } else {
      this.state = kBodyUntilEOF;
      info.shouldKeepAlive = false;
    }
    this.shouldKeepAlive = info.shouldKeepAlive;
    return true;
  }

  readChunkSize(bytes, offset) {
    const end = bytes.indexOf(10, offset);
    if (end === -1) {
      // A size line that cannot become valid fails now, not at a newline that may never come.
      this.headText += latin1Slice(bytes, offset, bytes.length);
      if (this.headText.length > this.maxHeaderSize || !kPartialChunkSizePattern.test(this.headText)) {
        this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
      }
      return bytes.length;
    }
    let line = this.headText + latin1Slice(bytes, offset, end);
    this.headText = '';
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const match = kChunkSizePattern.exec(line);
    if (match === null) {
      this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
      return bytes.length;
    }
    const size = parseInt(match[1], 16);
    if (size === 0) {
      this.state = kTrailers;
    } else {
      this.state = kChunkData;
      this.remaining = size;
    }
    return end + 1;
  }

  readChunkDataEnd(bytes, offset) {
    // Exactly CRLF (or a bare LF) after each chunk's data.
    if (this.headText === '' && bytes[offset] === 13) {
      this.headText = '\r';
      return offset + 1;
    }
    if (bytes[offset] !== 10) {
      this.fail('HPE_STRICT', 'Expected LF after chunk data');
      return bytes.length;
    }
    this.headText = '';
    this.state = kChunkSize;
    return offset + 1;
  }

  readTrailers(bytes, offset) {
    const section = this.takeLines(bytes, offset, true);
    if (section === null) return bytes.length;
    let trailers = [];
    if (section.text !== '') {
      trailers = this.parseFields(section.text.split(/\r?\n/), 0);
      if (trailers === null) return bytes.length;
    }
    this.completeMessage(trailers);
    return section.next;
  }

  completeMessage(trailers) {
    this.reset();
    this.onMessageComplete?.(trailers ?? []);
  }
}

module.exports = { HTTPParser, kRequest, kResponse, kMethods, isHttpToken };
