'use strict';
// fetch(): data:, blob: and http: URLs. HTTP/1.1 runs over net connections kept per origin for
// reuse; a response resolves once its head has arrived and its body streams after it, read
// from the connection only as fast as the program reads the body.

const { Buffer } = require('buffer');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const { Request, kState: kRequestState, kSignal } = require('internal/fetch/request');
const { makeResponse, kRedirectStatuses, kNullBodyStatuses } = require('internal/fetch/response');
const { kBody } = require('internal/fetch/body');
const { listGet, listHas, listDelete } = require('internal/fetch/headers');
const { HTTPParser, kResponse } = require('internal/http/parser');
const { URL } = require('internal/url');

const kMaxRedirects = 20;
// Idle connections close after this long without a request (unless the server says less).
const kIdleTimeout = 4000;
// Request header names whose meaning is the body's: dropped when a redirect turns the request
// into a GET.
const kBodyHeaderNames = ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length'];
// Credentials not carried to another origin by a redirect.
const kCredentialHeaderNames = ['authorization', 'proxy-authorization', 'cookie'];
// The Fetch Standard's bad ports: a request to one of them fails without connecting.
const kBadPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514,
  515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659,
  4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

function networkError(cause) {
  return new TypeError('fetch failed', { cause: typeof cause === 'string' ? new Error(cause) : cause });
}

function socketError(message) {
  const error = new Error(message);
  error.name = 'SocketError';
  error.code = 'UND_ERR_SOCKET';
  return error;
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = new Request(input, init);
    } catch (error) {
      reject(error);
      return;
    }
    const signal = request[kSignal];
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const state = request[kRequestState];
    const exchange = {
      method: state.method, url: new URL(state.url), headersList: state.headersList.slice(),
      body: request[kBody], redirect: state.redirect, urlList: [state.url], signal, settled: false,
      resolve, reject, abort: null,
    };
    // Before the response: the promise rejects. After: its body fails with the reason.
    const onAbort = () => {
      exchange.abort?.(signal.reason);
      if (exchange.settled) return;
      exchange.settled = true;
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    exchange.done = () => signal.removeEventListener('abort', onAbort);
    schemeFetch(exchange);
  });
}

function settle(exchange, error, response) {
  if (exchange.settled) return;
  exchange.settled = true;
  if (error) {
    exchange.done();
    exchange.reject(error);
  } else {
    exchange.resolve(response);
  }
}

function schemeFetch(exchange) {
  const { url } = exchange;
  switch (url.protocol) {
    case 'about:':
      return settle(exchange, networkError('about scheme is not supported'));
    case 'blob:':
      return blobFetch(exchange);
    case 'data:':
      return dataFetch(exchange);
    case 'file:':
      return settle(exchange, networkError('not implemented... yet...'));
    case 'http:':
      return httpFetch(exchange);
    case 'https:':
      return settle(exchange, networkError(new ERR_NOT_IMPLEMENTED('fetch over https (TLS)')));
    default:
      return settle(exchange, networkError('unknown scheme'));
  }
}

function bytesBody(bytes) {
  return { source: bytes, stream: null, length: bytes.byteLength, used: false };
}

function blobFetch(exchange) {
  const { resolveObjectURL } = require('internal/blob');
  const blob = resolveObjectURL(exchange.url.href);
  if (exchange.method !== 'GET' || blob === undefined) {
    return settle(exchange, networkError('invalid method'));
  }
  const { kBytes } = require('internal/blob');
  const headersList = ['content-length', `${blob.size}`, 'content-type', blob.type];
  settle(exchange, null, makeResponse({
    type: 'basic', statusText: 'OK', headersList, urlList: exchange.urlList, body: bytesBody(blob[kBytes]),
  }, 'immutable'));
}

// The data: URL processor of the Fetch Standard.
function dataFetch(exchange) {
  const href = exchange.url.href;
  const withoutFragment = href.slice(5, href.includes('#') ? href.indexOf('#') : href.length);
  const comma = withoutFragment.indexOf(',');
  if (comma === -1) return settle(exchange, networkError('failed to fetch the data URL'));
  let mimeType = withoutFragment.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const { percentDecodeBytes } = require('internal/url_parser');
  let body = Buffer.from(percentDecodeBytes(Buffer.from(withoutFragment.slice(comma + 1), 'utf8')));
  const base64 = /;[\u0020]*base64$/i.exec(mimeType);
  if (base64 !== null) {
    mimeType = mimeType.slice(0, base64.index);
    const text = body.toString('latin1').replace(/[\t\n\f\r ]/g, '');
    const unpadded = text.length % 4 === 0 ? text.replace(/==?$/, '') : text;
    if (unpadded.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(unpadded)) {
      return settle(exchange, networkError('failed to fetch the data URL'));
    }
    body = Buffer.from(unpadded, 'base64');
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  let type;
  try {
    const { MIMEType } = require('internal/mime');
    type = `${new MIMEType(mimeType)}`;
  } catch {
    type = 'text/plain;charset=US-ASCII';
  }
  settle(exchange, null, makeResponse({
    type: 'basic', statusText: 'OK', headersList: ['content-type', type], urlList: exchange.urlList,
    body: bytesBody(new Uint8Array(body.buffer, body.byteOffset, body.byteLength)),
  }, 'immutable'));
}

// HTTP-redirect fetch: each response with a Location is followed per the request's mode.
function httpFetch(exchange) {
  const port = exchange.url.port === '' ? 80 : Number(exchange.url.port);
  if (kBadPorts.has(port)) return settle(exchange, networkError('bad port'));
  sendRequest(exchange, (error, response) => {
    if (error) return settle(exchange, error);
    const status = response.status;
    const location = listGet(response.headersList, 'location');
    if (!kRedirectStatuses.has(status) || location === null || exchange.redirect === 'manual') {
      return settle(exchange, null, makeResponse({
        type: 'basic', status, statusText: response.statusText, headersList: response.headersList,
        urlList: exchange.urlList, body: response.body,
      }, 'immutable'));
    }
    response.discard();
    if (exchange.redirect === 'error') return settle(exchange, networkError('unexpected redirect'));
    let target;
    try {
      target = new URL(location, exchange.url);
    } catch (cause) {
      return settle(exchange, networkError(cause));
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      return settle(exchange, networkError('URL scheme must be a HTTP(S) scheme'));
    }
    if (exchange.urlList.length > kMaxRedirects) return settle(exchange, networkError('redirect count exceeded'));
    if (status !== 303 && exchange.body !== null && exchange.body.source === null) {
      return settle(exchange, networkError('Cannot follow redirect with a streamed request body'));
    }
    if (((status === 301 || status === 302) && exchange.method === 'POST') ||
        (status === 303 && exchange.method !== 'GET' && exchange.method !== 'HEAD')) {
      exchange.method = 'GET';
      exchange.body = null;
      for (const name of kBodyHeaderNames) listDelete(exchange.headersList, name);
    }
    if (target.origin !== exchange.url.origin) {
      for (const name of kCredentialHeaderNames) listDelete(exchange.headersList, name);
    }
    exchange.url = target;
    exchange.urlList.push(target.href);
    if (exchange.settled) return;
    schemeFetch(exchange);
  });
}

// Connections ready for another request, by origin; they do not keep the process alive.
const idleConnections = new Map();

function originKey(url) {
  return `${url.hostname}:${url.port === '' ? 80 : url.port}`;
}

function takeIdleConnection(key) {
  const list = idleConnections.get(key);
  while (list !== undefined && list.length > 0) {
    const socket = list.pop();
    if (list.length === 0) idleConnections.delete(key);
    if (socket.destroyed) continue;
    socket.setTimeout(0);
    socket.ref();
    return socket;
  }
  return null;
}

function releaseConnection(key, socket) {
  socket.removeAllListeners('data');
  socket.removeAllListeners('end');
  socket.removeAllListeners('close');
  socket.removeAllListeners('error');
  socket.removeAllListeners('drain');
  const forget = () => {
    const list = idleConnections.get(key);
    const index = list === undefined ? -1 : list.indexOf(socket);
    if (index !== -1) list.splice(index, 1);
    if (list !== undefined && list.length === 0) idleConnections.delete(key);
    socket.destroy();
  };
  // Whatever the server does to an idle connection (data, an end, an error) retires it.
  socket.on('data', forget);
  socket.on('end', forget);
  socket.on('error', forget);
  socket.on('close', forget);
  socket.setTimeout(kIdleTimeout, forget);
  socket.unref();
  if (!idleConnections.has(key)) idleConnections.set(key, []);
  idleConnections.get(key).push(socket);
}

function connect(url) {
  const net = require('net');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return net.connect({ host, port: url.port === '' ? 80 : Number(url.port) });
}

function requestHead(exchange, bodyLength, chunked) {
  const { url, method, headersList } = exchange;
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`];
  if (!listHas(headersList, 'host')) lines.push(`host: ${url.host}`);
  // A HEAD request closes its connection: a server that sends a body anyway would otherwise
  // have it read as the start of the next response.
  lines.push(method === 'HEAD' ? 'connection: close' : 'connection: keep-alive');
  for (let i = 0; i < headersList.length; i += 2) {
    const lowerName = headersList[i].toLowerCase();
    if (lowerName === 'content-length' || lowerName === 'transfer-encoding' || lowerName === 'connection') continue;
    lines.push(`${headersList[i]}: ${headersList[i + 1]}`);
  }
  for (const [name, value] of [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
    ['user-agent', 'apus'], ['accept-encoding', 'gzip, deflate']]) {
    if (!listHas(headersList, name)) lines.push(`${name}: ${value}`);
  }
  if (chunked) lines.push('transfer-encoding: chunked');
  else if (bodyLength !== null) lines.push(`content-length: ${bodyLength}`);
  else if (method === 'POST' || method === 'PUT') lines.push('content-length: 0');
  return `${lines.join('\r\n')}\r\n\r\n`;
}

// The decoders a Content-Encoding asks for, in the order they undo it: gzip, deflate and br; a
// body in any other coding is handed over as it came.
function contentDecoders(encoding) {
  if (encoding === null) return [];
  const zlib = require('zlib');
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoders = [];
  for (const coding of encoding.toLowerCase().split(',').map((item) => item.trim()).reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(zlib.createGunzip(lenient));
    else if (coding === 'deflate') decoders.push(zlib.createInflate(lenient));
    else if (coding === 'br') decoders.push(zlib.createBrotliDecompress());
    else if (coding !== 'identity' && coding !== '') return [];
  }
  return decoders;
}

function decode(decoders, bytes, last) {
  for (const decoder of decoders) {
    bytes = decoder._processChunk(bytes, last ? decoder._finishFlushFlag : decoder._defaultFlushFlag);
  }
  return bytes;
}

// One request and its response on one connection. The callback gets the response's status,
// headers and body once the head has arrived; a reused connection that fails before any of the
// response has arrived is replaced by a new one once.
function sendRequest(exchange, callback, retried = false) {
  const key = originKey(exchange.url);
  const reused = retried ? null : takeIdleConnection(key);
  const socket = reused ?? connect(exchange.url);
  const requestBody = exchange.body;
  const streamed = requestBody !== null && requestBody.source === null;
  const parser = new HTTPParser(kResponse);
  const headRequest = exchange.method === 'HEAD';
  let received = false;
  let finished = false;
  let requestWritten = false;
  let response = null;
  let controller = null;
  let streamReader = null;
  let decoders = [];

  const fail = (error) => {
    if (finished) return;
    finished = true;
    socket.destroy();
    streamReader?.cancel(error).catch(() => {});
    if (response === null) {
      if (reused !== null && !received && (requestBody === null || requestBody.source !== null)) {
        sendRequest(exchange, callback, true);
        return;
      }
      callback(networkError(error));
    } else if (controller !== null) {
      try {
        controller.error(new TypeError('terminated', { cause: error }));
      } catch {
        // The body was already closed or cancelled.
      }
    }
    exchange.done();
  };

  exchange.abort = (reason) => {
    if (finished) return;
    finished = true;
    socket.destroy();
    streamReader?.cancel(reason).catch(() => {});
    if (controller !== null) {
      try {
        controller.error(reason);
      } catch {
        // The body was already closed or cancelled.
      }
    }
  };

  parser.onHeadersComplete = (info) => {
    // Interim responses (100 Continue, 103 Early Hints) precede the real one.
    if (info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101) return true;
    if (info.upgrade) {
      fail(socketError('unexpected upgrade'));
      return true;
    }
    const hasBody = !headRequest && !kNullBodyStatuses.has(info.statusCode);
    if (hasBody) decoders = contentDecoders(listGet(info.headers, 'content-encoding'));
    response = {
      status: info.statusCode, statusText: info.statusMessage, headersList: info.headers, keepAlive: info.shouldKeepAlive,
      body: hasBody ? { source: null, stream: makeBodyStream(), length: null, used: false } : null,
      discard() {
        if (!finished) {
          finished = true;
          socket.destroy();
        }
      },
    };
    callback(null, response);
    return !hasBody;
  };
  parser.onBody = (chunk) => {
    if (controller === null || finished) return;
    let bytes;
    try {
      bytes = decode(decoders, chunk, false);
    } catch (error) {
      fail(error);
      return;
    }
    if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
    if (controller.desiredSize <= 0) socket.pause();
  };
  parser.onMessageComplete = () => {
    if (response === null || finished) return;
    if (controller !== null && decoders.length > 0) {
      try {
        const rest = decode(decoders, new Uint8Array(0), true);
        if (rest.byteLength > 0) controller.enqueue(new Uint8Array(rest));
      } catch (error) {
        fail(error);
        return;
      }
    }
    finished = true;
    if (controller !== null) controller.close();
    exchange.done();
    if (response.keepAlive && requestWritten && !headRequest) releaseConnection(key, socket);
    else socket.destroy();
  };

  function makeBodyStream() {
    const { ReadableStream } = require('internal/webstreams/readablestream');
    return new ReadableStream({
      type: 'bytes',
      start(c) { controller = c; },
      pull() { socket.resume(); },
      cancel() {
        if (finished) return;
        finished = true;
        socket.destroy();
        exchange.done();
      },
    }, { highWaterMark: 64 * 1024 });
  }

  socket.on('data', (data) => {
    received = true;
    const result = parser.execute(data);
    if (result instanceof Error) fail(result);
  });
  // The end completes a body that lasts until it; anything else unfinished fails.
  socket.on('end', () => {
    parser.finish();
    fail(socketError('other side closed'));
  });
  socket.on('error', fail);
  socket.on('close', () => fail(socketError('other side closed')));

  const head = requestHead(exchange, streamed || requestBody === null ? null : requestBody.length, streamed);
  if (!streamed) {
    const bytes = requestBody === null ? null : requestBody.source;
    if (requestBody !== null) requestBody.used = true;
    socket.write(bytes === null || bytes.byteLength === 0 ? head :
      Buffer.concat([Buffer.from(head, 'latin1'), bytes]));
    requestWritten = true;
    return;
  }
  socket.write(head);
  writeStreamedBody(requestBody.stream.getReader());

  async function writeStreamedBody(reader) {
    streamReader = reader;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (finished) return;
        if (done) break;
        if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
        if (value.byteLength === 0) continue;
        const more = socket.write(Buffer.concat([Buffer.from(`${value.byteLength.toString(16)}\r\n`), value,
          Buffer.from('\r\n')]));
        if (!more) await new Promise((resolve) => socket.once('drain', resolve));
      }
      socket.write('0\r\n\r\n');
      requestWritten = true;
    } catch (error) {
      fail(error);
    }
  }
}

module.exports = { fetch };
