'use strict';
// ClientRequest: an outgoing request (an OutgoingMessage) on a socket from its agent, or one
// it makes itself; its response is parsed into an IncomingMessage. After a response that lets
// the connection live, the socket goes back to the agent ('free').

const net = require('net');
const { Buffer } = require('buffer');
const { URL, urlToHttpOptions } = require('internal/url');
const { HTTPParser, kResponse, _checkIsHttpToken: checkIsHttpToken } = require('_http_common');
const {
  OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders, parseUniqueHeadersOption,
} = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const { Agent } = require('_http_agent');
const {
  codedError,
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS,
  },
} = require('internal/errors');
const { validateInteger, validateBoolean } = require('internal/validators');
const { getTimerDuration } = require('internal/timers');

const dc = require('diagnostics_channel');
const onRequestStartChannel = dc.channel('http.client.request.start');
const onResponseFinishChannel = dc.channel('http.client.response.finish');

const kError = Symbol('kError');
const kParserCallbacks = Symbol('kParserCallbacks');
const kInvalidPathPattern = /[\u0000-\u0020]/;

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = { ...input, ...options };
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || require('_http_agent').globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  const expectedProtocol = this.agent?.protocol || defaultAgent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (kInvalidPathPattern.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || this.agent?.defaultPort;
  const port = options.port = options.port || defaultPort || 80;
  const host = options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') ||
    'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');

  let method = options.method;
  if (method !== null && method !== undefined && typeof method !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = method.toUpperCase();
  } else {
    method = 'GET';
  }
  this.method = method;
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.path = options.path || '/';
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  if (cb) this.once('response', cb);
  this.useChunkedEncodingByDefault = !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(method);
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  if (this.agent) {
    // A new connection for every request unless the agent keeps them (or limits them).
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      const colon = hostHeader.indexOf(':');
      if (colon !== -1 && hostHeader.includes(':', colon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += `:${port}`;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    }
  } else {
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
  }

  if (options.signal) {
    const { addAbortSignal } = require('stream');
    addAbortSignal(options.signal, this);
  }

  if (this.agent) {
    this.agent.addRequest(this, options);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    if (typeof options.createConnection === 'function') {
      let called = false;
      const oncreate = (error, socket) => {
        if (called) return;
        called = true;
        if (error) process.nextTick(() => this.emit('error', error));
        else this.onSocket(socket);
      };
      const socket = options.createConnection(options, oncreate);
      if (socket) oncreate(null, socket);
    } else {
      this.onSocket(net.createConnection(options));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
  if (onRequestStartChannel.hasSubscribers) onRequestStartChannel.publish({ request: this });
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = error;
  this.socket?.destroy(error);
  return this;
};

ClientRequest.prototype.onSocket = function onSocket(socket, error) {
  process.nextTick(onSocketNT, this, socket, error);
};

function onSocketNT(req, socket, error) {
  if (req.destroyed || error) {
    req.destroyed = true;
    const finish = (cause) => {
      if (!req.aborted && !cause) cause = codedError(Error, 'ECONNRESET', 'socket hang up');
      if (cause) req.emit('error', cause);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!error && req.agent && !socket.destroyed) {
        socket._lastRequest = null;
        socket.emit('free');
        finish(error || req[kError]);
      } else {
        // The request ends with the socket, and with the socket's own error if it has one.
        const eos = require('internal/streams/end-of-stream');
        eos(socket.destroy(error || req[kError]), (socketError) => {
          if (socketError?.code === 'ERR_STREAM_PREMATURE_CLOSE') socketError = null;
          finish(socketError || error || req[kError]);
        });
      }
      return;
    }
    finish(error || req[kError]);
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

function tickOnSocket(req, socket) {
  const parser = new HTTPParser(kResponse, { maxHeaderSize: req.maxHeaderSize ?? require('http').maxHeaderSize });
  req.socket = socket;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  socket._lastRequest = req;
  const callbacks = {
    data: (data) => socketOnData(req, socket, parser, data),
    end: () => socketOnEnd(req, socket, parser),
    close: () => socketOnClose(req, socket, parser),
    error: (error) => socketOnError(req, socket, error),
    drain: () => {
      if (req[kNeedDrain]) {
        req[kNeedDrain] = false;
        req.emit('drain');
      }
    },
  };
  socket[kParserCallbacks] = callbacks;
  for (const event of Object.keys(callbacks)) socket.on(event, callbacks[event]);

  parser.onHeadersComplete = (info) => parserOnHeadersComplete(req, socket, parser, info);
  parser.onBody = (chunk) => {
    const res = req.res;
    if (res === null || res._dumped && res.readableEnded) return;
    if (!res.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) socket.pause();
  };
  parser.onMessageComplete = (trailers) => {
    const res = req.res;
    if (res === null) return;
    res.complete = true;
    if (trailers.length) res.rawTrailers = trailers;
    res.push(null);
    req._ended = true;
    if (onResponseFinishChannel.hasSubscribers) onResponseFinishChannel.publish({ request: req, response: res });
    // The connection is free once both the response and the request are done.
    if (!req.shouldKeepAlive) {
      if (socket.writable) {
        if (typeof socket.destroySoon === 'function') socket.destroySoon();
        else socket.end();
      }
    } else if (req.writableFinished) {
      responseKeepAlive(req, socket);
    } else {
      req.once('finish', () => responseKeepAlive(req, socket));
    }
  };

  if (req.timeout !== undefined || req.agent?.options?.timeout) listenSocketTimeout(req);
  if (socket.connecting) socket.once('connect', () => req.emit('connect'));
  req.emit('socket', socket);
}

function parserOnHeadersComplete(req, socket, parser, info) {
  if (req.res) {
    // A second response to one request: the server is broken.
    socket.destroy();
    return true;
  }
  if (info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101) {
    if (info.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: info.statusCode, statusMessage: info.statusMessage,
      httpVersion: `${info.versionMajor}.${info.versionMinor}`, httpVersionMajor: info.versionMajor,
      httpVersionMinor: info.versionMinor, headers: headersObject(info.headers), rawHeaders: info.headers,
    });
    return true;
  }
  const res = new IncomingMessage(socket);
  res.httpVersionMajor = info.versionMajor;
  res.httpVersionMinor = info.versionMinor;
  res.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  res.joinDuplicateHeaders = Boolean(req.joinDuplicateHeaders);
  res.rawHeaders = req.maxHeadersCount > 0 ? info.headers.slice(0, req.maxHeadersCount * 2) : info.headers;
  res.statusCode = info.statusCode;
  res.statusMessage = info.statusMessage;
  res.req = req;
  req.res = res;
  // A response's setTimeout watches the socket too, from now on.
  const responseOnTimeout = () => res.emit('timeout');
  socket[kParserCallbacks].timeout = responseOnTimeout;
  socket.on('timeout', responseOnTimeout);
  if (info.upgrade || (req.method === 'CONNECT' && info.statusCode >= 200 && info.statusCode < 300)) {
    // The rest of the connection is the new protocol's: socketOnData hands it over.
    req.upgradeOrConnect = true;
    info.upgrade = true;
    res.upgrade = true;
    return true;
  }
  if (req.shouldKeepAlive && !info.shouldKeepAlive) req.shouldKeepAlive = false;
  const hint = res.headers['keep-alive'];
  if (hint) socket._keepAliveHint = hint;
  if (req.aborted || !req.emit('response', res)) res._dump();
  return req.method === 'HEAD';
}

function headersObject(raw) {
  const message = new IncomingMessage(null);
  message.rawHeaders = raw;
  return message.headers;
}

function responseKeepAlive(req, socket) {
  for (const name of Object.keys(socket[kParserCallbacks])) socket.removeListener(name, socket[kParserCallbacks][name]);
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  socket.setTimeout(0);
  req.destroyed = true;
  if (req.res) {
    // The response's 'close' waits for its 'end'.
    const res = req.res;
    const emitClose = () => {
      req._closed = true;
      req.emit('close');
    };
    if (res.readableEnded) process.nextTick(emitClose);
    else res.once('end', () => process.nextTick(emitClose));
  }
  socket._httpMessage = null;
  socket.emit('free');
}

function socketOnData(req, socket, parser, data) {
  // The parser reads bytes, whatever encoding the program set on the socket.
  if (typeof data === 'string') data = Buffer.from(data, socket.readableEncoding ?? 'utf8');
  const result = parser.execute(data);
  if (req.upgradeOrConnect && !(result instanceof Error)) {
    // The socket now belongs to the program (the 'upgrade' or 'connect' listener), with the
    // bytes that came after the response's head; without a listener it is closed.
    const head = Buffer.from(data.subarray(result));
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    for (const name of Object.keys(socket[kParserCallbacks])) socket.removeListener(name, socket[kParserCallbacks][name]);
    socket._httpMessage = null;
    req.destroyed = true;
    if (req.listenerCount(event) > 0) {
      req.emit(event, req.res, socket, head);
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
    return;
  }
  if (result instanceof Error) {
    socket.removeAllListeners('data');
    req.socket._hadError = true;
    result.rawPacket = Buffer.from(data);
    req.emit('error', result);
    socket.destroy();
  }
}

function socketOnEnd(req, socket, parser) {
  if (!req.res && !socket._hadError) {
    socket._hadError = true;
    req.emit('error', codedError(Error, 'ECONNRESET', 'socket hang up'));
  }
  parser.finish();
  socket.destroy();
}

function socketOnClose(req, socket, parser) {
  req.destroyed = true;
  const res = req.res;
  if (res) {
    if (!res.complete) {
      res.destroy(codedError(Error, 'ECONNRESET', 'aborted'));
    }
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!socket._hadError && !req.aborted) {
      socket._hadError = true;
      req.emit('error', req[kError] ?? codedError(Error, 'ECONNRESET', 'socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  parser.finish();
}

function socketOnError(req, socket, error) {
  socket._hadError = true;
  req.emit('error', error);
  socket.destroy();
}

// The socket's 'timeout' is the request's, once; the timer starts when the socket connects.
function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = () => req.emit('timeout');
  if (req.socket) req.socket.once('timeout', req.timeoutCb);
  else req.on('socket', (socket) => socket.once('timeout', req.timeoutCb));
}

function setSocketTimeout(socket, msecs) {
  if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
  else socket.setTimeout(msecs);
}

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  msecs = getTimerDuration(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (socket) => setSocketTimeout(socket, msecs));
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', (socket) => socket.setNoDelay(noDelay));
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, delay) {
  if (this.socket) this.socket.setKeepAlive(enable, delay);
  else this.once('socket', (socket) => socket.setKeepAlive(enable, delay));
};

ClientRequest.prototype.clearTimeout = function clearTimeout(callback) {
  this.setTimeout(0, callback);
};

module.exports = { ClientRequest, Agent };
