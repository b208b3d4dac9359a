'use strict';
// HTTP/1.1 servers and clients.

const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Agent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { STATUS_CODES, Server, ServerResponse } = require('_http_server');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

// Must match kDefaultMaxHeaderSize in internal/http/parser.js (--max-http-header-size changes it).
let maxHeaderSize;

// Apus keeps no idle parsers to reuse (each connection makes its own and drops it with the
// connection), so any limit is already met: only the argument is checked.
function setMaxIdleHTTPParsers(max) {
  const { validateInteger } = require('internal/validators');
  validateInteger(max, 'max', 1);
}

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: methods,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (maxHeaderSize === undefined) {
      const value = require('internal/options').getOptionValue('--max-http-header-size');
      maxHeaderSize = value === undefined ? 16 * 1024 : Number(value);
    }
    return maxHeaderSize;
  },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('_http_agent').globalAgent; },
  set(value) { require('_http_agent').globalAgent = value; },
});
