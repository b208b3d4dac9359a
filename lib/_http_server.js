'use strict';
// The HTTP/1.1 server: a net.Server whose connections each get a parser; every request becomes
// an IncomingMessage and a ServerResponse. Pipelined requests answer in order: a response
// waits in the connection's queue until the one before it has finished.

const net = require('net');
const {
  HTTPParser, kRequest, continueExpression, chunkExpression, _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const {
  OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders, parseUniqueHeadersOption,
} = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const {
  codedError,
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED, ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateBoolean, validateInteger, validateObject } = require('internal/validators');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const dc = require('diagnostics_channel');
const onRequestStartChannel = dc.channel('http.server.request.start');
const onResponseFinishChannel = dc.channel('http.server.response.finish');

const kServerResponse = Symbol('ServerResponse');
const kIncomingMessage = Symbol('IncomingMessage');
const kConnections = Symbol('connections');
const kState = Symbol('httpConnectionState');
const kCheckingTimer = Symbol('kConnectionsCheckingInterval');

// --- ServerResponse ---

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te ?? '');
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  // The socket went away before the response finished (or while it waited in the queue).
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(callback) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', callback);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(callback) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', callback);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, callback) {
  validateObject(hints, 'hints');
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const values = Array.isArray(hints[key]) ? hints[key] : [hints[key]];
    for (const value of values) head += `${key}: ${value}\r\n`;
  }
  this._writeRaw(`${head}\r\n`, 'ascii', callback);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (obj) {
      if (Array.isArray(obj)) {
        if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
        // The array's fields replace those set before, and may repeat among themselves.
        for (let i = 0; i < obj.length; i += 2) this.removeHeader(obj[i]);
        for (let i = 0; i < obj.length; i += 2) if (obj[i]) this.appendHeader(obj[i], obj[i + 1]);
      } else {
        for (const key of Object.keys(obj)) if (key) this.setHeader(key, obj[key]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// --- Server ---

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize, requestTimeout, headersTimeout, keepAliveTimeout, joinDuplicateHeaders } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (requestTimeout !== undefined) validateInteger(requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = requestTimeout ?? 300000;
  if (headersTimeout !== undefined) validateInteger(headersTimeout, 'headersTimeout', 0);
  this.headersTimeout = headersTimeout ?? Math.min(60000, this.requestTimeout);
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  if (keepAliveTimeout !== undefined) validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
  this.keepAliveTimeout = keepAliveTimeout ?? 5000;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  this.requireHostHeader = options.requireHostHeader ?? true;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
  const { connectionsCheckingInterval } = options;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  }
  this.connectionsCheckingInterval = connectionsCheckingInterval ?? 30000;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === null || options === undefined) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kConnections] = new Set();
  this[kCheckingTimer] = null;
  this.on('listening', startConnectionsChecking);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);

// Every connectionsCheckingInterval, connections whose request has been arriving longer than
// headersTimeout (for its head) or requestTimeout (for all of it) are answered 408 and closed.
// A connection's clock starts when it opens and again when the next request begins after an
// idle keep-alive wait.
function startConnectionsChecking() {
  const server = this;
  if (server[kCheckingTimer] !== null || server.connectionsCheckingInterval <= 0) return;
  if (server.headersTimeout <= 0 && server.requestTimeout <= 0) return;
  server[kCheckingTimer] = setInterval(checkConnections, server.connectionsCheckingInterval, server).unref();
  server.once('close', () => {
    clearInterval(server[kCheckingTimer]);
    server[kCheckingTimer] = null;
  });
}

function checkConnections(server) {
  const now = Date.now();
  for (const socket of server[kConnections]) {
    const state = socket[kState];
    if (state.requestStart === null) continue;
    const elapsed = now - state.requestStart;
    if ((!state.headersDone && server.headersTimeout > 0 && elapsed > server.headersTimeout) ||
        (server.requestTimeout > 0 && elapsed > server.requestTimeout)) {
      state.requestStart = null;
      const { codes: { ERR_HTTP_REQUEST_TIMEOUT } } = require('internal/errors');
      socketOnError(server, socket, state, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close(...args) {
  this.closeIdleConnections();
  return net.Server.prototype.close.apply(this, args);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (!socket._httpMessage && state.incoming.length === 0 && !state.parsing) socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.for('nodejs.rejection')] = function(error, event, ...args) {
  if (event === 'request') {
    args[1].destroy(error);
  } else {
    net.Server.prototype[Symbol.for('nodejs.rejection')]?.apply(this, arguments);
  }
};

function connectionListener(socket) {
  const server = this;
  server[kConnections].add(socket);
  socket.once('close', () => server[kConnections].delete(socket));
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);

  const parser = new HTTPParser(kRequest, { maxHeaderSize: server.maxHeaderSize ?? require('http').maxHeaderSize });
  const state = {
    incoming: [],   // requests whose responses have not finished, oldest first
    outgoing: [],   // responses waiting for the socket
    parsing: false,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    requestStart: Date.now(),   // null while idle between requests
    outgoingData: 0,            // bytes queued responses hold, waiting for the socket
    pausedForDrain: false,
    headersDone: false,
  };
  socket[kState] = state;
  socket.parser = parser;
  // The parser reads bytes: a decoding socket would hand it strings.
  socket.setEncoding = socketSetEncoding;
  let request = null;

  parser.onHeadersComplete = (info) => {
    state.parsing = true;
    state.headersDone = true;
    if (state.keepAliveTimeoutSet) {
      socket.setTimeout(server.timeout || 0);
      state.keepAliveTimeoutSet = false;
    }
    request = new server[kIncomingMessage](socket);
    request.httpVersionMajor = info.versionMajor;
    request.httpVersionMinor = info.versionMinor;
    request.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
    request.joinDuplicateHeaders = Boolean(server.joinDuplicateHeaders);
    const raw = server.maxHeadersCount > 0 ? info.headers.slice(0, server.maxHeadersCount * 2) : info.headers;
    request.rawHeaders = raw;
    request.method = info.method;
    request.url = info.url;
    request.upgrade = info.upgrade;
    return onRequest(server, socket, state, request, info);
  };
  parser.onBody = (chunk) => {
    if (request === null || request._dumped) return;
    if (!request.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) socket.pause();
  };
  parser.onMessageComplete = (trailers) => {
    state.parsing = false;
    state.requestStart = null;
    state.headersDone = false;
    if (request === null) return;
    request.complete = true;
    if (trailers.length) request.rawTrailers = trailers;
    if (!request.upgrade) request.push(null);
    request = null;
  };

  const handlers = {
    data(data) {
      if (state.requestStart === null) state.requestStart = Date.now();
      const result = parser.execute(data);
      if (result instanceof Error) {
        socketOnError(server, socket, state, result, data);
      } else if (state.upgradeHead !== undefined) {
        // The socket and the bytes after the upgrade request belong to the new protocol; it
        // flows again once the program listens for data.
        const head = Buffer.from(data.subarray(result));
        state.upgraded = true;
        for (const name of Object.keys(handlers)) socket.removeListener(name, handlers[name]);
        server[kConnections].delete(socket);
        const { event, req } = state.upgradeHead;
        state.upgradeHead = undefined;
        socket.readableFlowing = null;
        server.emit(event, req, socket, head);
      }
    },
    end() {
      const error = parser.finish();
      if (error instanceof Error) {
        socketOnError(server, socket, state, error);
        return;
      }
      // The client's end aborts what it had asked for, unless the server allows half-open
      // connections (then the last response closes it).
      if (!server.httpAllowHalfOpen) {
        for (const req of state.incoming.splice(0)) req.destroy(codedError(Error, 'ECONNRESET', 'aborted'));
        if (socket.writable) socket.end();
      } else if (state.outgoing.length) {
        state.outgoing[state.outgoing.length - 1]._last = true;
      } else if (socket._httpMessage) {
        socket._httpMessage._last = true;
      } else if (socket.writable) {
        socket.end();
      }
    },
    error(error) {
      socketOnError(server, socket, state, error);
    },
    drain() {
      const message = socket._httpMessage;
      if (message && message[kNeedDrain]) {
        message[kNeedDrain] = false;
        message.emit('drain');
      }
      if (state.pausedForDrain && state.outgoingData <= socket.writableHighWaterMark) {
        state.pausedForDrain = false;
        socket.resume();
      }
    },
    close() {
      // Requests whose responses had not finished end aborted.
      for (const req of state.incoming.splice(0)) req.destroy(codedError(Error, 'ECONNRESET', 'aborted'));
      if (request && !request.destroyed) request.destroy(codedError(Error, 'ECONNRESET', 'aborted'));
    },
    timeout() {
      socketOnTimeout(server, socket);
    },
  };
  for (const name of Object.keys(handlers)) socket.on(name, handlers[name]);
  socket.resume();
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function socketOnTimeout(server, socket) {
  const request = socket[kState].incoming[0];
  const requestTimedOut = request?.emit('timeout', socket);
  const response = socket._httpMessage;
  const responseTimedOut = response?.emit('timeout', socket);
  const serverTimedOut = server.emit('timeout', socket);
  if (!requestTimedOut && !responseTimedOut && !serverTimedOut) socket.destroy();
}

const kBadRequest = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const kHeaderTooLarge = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const kRequestTimeout = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function socketOnError(server, socket, state, error, data) {
  if (state.errored) return;
  state.errored = true;
  if (data !== undefined) error.rawPacket = Buffer.from(data);
  socket.removeAllListeners('data');
  if (server.listenerCount('clientError') > 0) {
    server.emit('clientError', error, socket);
    return;
  }
  // A malformed request gets its answer before the connection closes; other errors (a reset)
  // just close it.
  const answer = error.code === 'HPE_HEADER_OVERFLOW' ? kHeaderTooLarge :
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? kRequestTimeout : error.code?.startsWith('HPE_') ? kBadRequest : null;
  if (answer !== null && socket.writable && !socket._httpMessage?._headerSent) {
    socket.end(answer, () => socket.destroy(error));
  } else {
    socket.destroy(error);
  }
}

// Returns true to tell the parser a request has no body (never: requests are framed by their
// own headers).
function onRequest(server, socket, state, req, info) {
  state.requestsCount++;
  const keepAlive = info.shouldKeepAlive;
  if (info.upgrade) {
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(event) > 0) {
      state.upgradeHead = { event, req };
      return false;
    }
    if (event === 'connect') {
      socket.destroy();
      return false;
    }
    // An Upgrade nobody listens for is served as an ordinary request.
    info.upgrade = false;
    req.upgrade = false;
  }
  state.incoming.push(req);
  const res = new server[kServerResponse](req, { highWaterMark: socket.writableHighWaterMark });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = (delta) => { state.outgoingData += delta; };
  res.shouldKeepAlive = keepAlive && res.shouldKeepAlive !== false;
  if (!keepAlive) res.shouldKeepAlive = false;
  if (server.maxRequestsPerSocket > 0 && state.requestsCount >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
  }
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  // A client that sends requests faster than it reads the responses (a pipelining flood) is
  // read no further until the responses drain.
  if (!state.pausedForDrain && (socket.writableNeedDrain || state.outgoingData >= socket.writableHighWaterMark)) {
    state.pausedForDrain = true;
    socket.pause();
  }

  res.on('finish', () => resOnFinish(server, socket, state, req, res));

  // HTTP/1.1 requires Host; the server refuses a request without it unless told not to.
  if (server.requireHostHeader && req.httpVersionMajor === 1 && req.httpVersionMinor === 1 &&
      req.headers.host === undefined) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return false;
  }

  if (req.headers.expect !== undefined && (req.httpVersionMajor === 1 && req.httpVersionMinor === 1)) {
    if (continueExpression.test(req.headers.expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    if (onRequestStartChannel.hasSubscribers) {
      onRequestStartChannel.publish({ request: req, response: res, socket, server });
    }
    server.emit('request', req, res);
  }
  return false;
}

function resOnFinish(server, socket, state, req, res) {
  if (onResponseFinishChannel.hasSubscribers) {
    onResponseFinishChannel.publish({ request: req, response: res, socket, server });
  }
  const index = state.incoming.indexOf(req);
  if (index !== -1) state.incoming.splice(index, 1);
  // The request body nobody read is drained, or the connection cannot go on.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  req.emit('close');
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    next.assignSocket(socket);
  }
}

function emitCloseNT(res) {
  if (!res._closed) {
    res._closed = true;
    res.destroyed = true;
    res.emit('close');
  }
}

Server.prototype[Symbol.asyncDispose] = async function() {
  return new Promise((resolve, reject) => this.close((error) => (error ? reject(error) : resolve())));
};

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
};
