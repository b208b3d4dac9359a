'use strict';
// Agent: the client's connections by destination ("host:port:localAddress:family"), at most
// maxSockets busy ones each; requests beyond that wait in order. With keepAlive a connection
// whose response has ended waits in freeSockets for the next request (unref'd: it does not
// keep the process alive), up to maxFreeSockets.

const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateOneOf } = require('internal/validators');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

const kRequestOptions = Symbol('kRequestOptions');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) {
    validateNumber(this.maxTotalSockets, 'maxTotalSockets');
    if (this.maxTotalSockets <= 0 || Number.isNaN(this.maxTotalSockets)) {
      throw new ERR_OUT_OF_RANGE('maxTotalSockets', '> 0', this.maxTotalSockets);
    }
  } else {
    this.maxTotalSockets = Infinity;
  }
  this.on('free', (socket, options) => this._onFree(socket, options));
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

Agent.prototype._onFree = function _onFree(socket, options) {
  const name = this.getName(options);
  socket._httpMessage = null;
  const requests = this.requests[name];
  if (requests?.length && !socket.destroyed) {
    const request = requests.shift();
    if (requests.length === 0) delete this.requests[name];
    socket.ref();
    request.reusedSocket = true;
    request.onSocket(socket);
    return;
  }
  const request = socket._lastRequest;
  if (!request || !request.shouldKeepAlive || socket.destroyed || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  const freeSockets = this.freeSockets[name] ?? [];
  // At the total limit with requests waiting for other destinations, the socket makes room.
  const othersWaiting = Object.keys(this.requests).some((key) => this.requests[key].length > 0);
  if (freeSockets.length >= this.maxFreeSockets || (othersWaiting && this.totalSocketCount >= this.maxTotalSockets)) {
    socket.destroy();
    return;
  }
  this.freeSockets[name] = freeSockets;
  this.removeSocketFromList(this.sockets, name, socket);
  freeSockets.push(socket);
  this.totalSocketCount++;
  socket._agentFree = true;
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  let timeout = this.options.timeout;
  const hint = socket._httpMessage?.res?.headers?.['keep-alive'] ?? socket._keepAliveHint;
  if (hint) {
    const match = /timeout=(\d+)/.exec(hint);
    if (match) {
      const serverTimeout = Number(match[1]) * 1000 - 1000;
      if (serverTimeout < 0) return false;
      if (timeout === undefined || serverTimeout < timeout) timeout = serverTimeout;
    }
  }
  if (socket.timeout !== timeout) socket.setTimeout(timeout ?? 0);
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, request) {
  socket.ref();
  request.reusedSocket = true;
};

Agent.prototype.removeSocketFromList = function removeSocketFromList(lists, name, socket) {
  const list = lists[name];
  if (!list) return false;
  const index = list.indexOf(socket);
  if (index === -1) return false;
  list.splice(index, 1);
  if (list.length === 0) delete lists[name];
  this.totalSocketCount--;
  return true;
};

// A request's own timeout overrides the agent's on the socket it gets.
function setRequestSocket(agent, request, socket) {
  request.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (request.timeout === undefined || request.timeout === agentTimeout) return;
  socket.setTimeout(request.timeout);
}

Agent.prototype.addRequest = function addRequest(request, options, port, localAddress) {
  if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  options.servername ||= options.host;
  const name = this.getName(options);
  const freeSockets = this.freeSockets[name];
  let socket;
  while (freeSockets?.length && !socket) {
    const candidate = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    this.totalSocketCount--;
    if (!candidate.destroyed) socket = candidate;
  }
  if (freeSockets && freeSockets.length === 0) delete this.freeSockets[name];
  const busy = this.sockets[name]?.length ?? 0;
  if (socket) {
    socket._agentFree = false;
    this.reuseSocket(socket, request);
    this.sockets[name] ??= [];
    this.sockets[name].push(socket);
    this.totalSocketCount++;
    setRequestSocket(this, request, socket);
  } else if (busy < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(request, options, (error, created) => {
      if (error) request.onSocket(created, error);
      else setRequestSocket(this, request, created);
    });
  } else {
    request[kRequestOptions] = options;
    this.requests[name] ??= [];
    this.requests[name].push(request);
  }
};

Agent.prototype.createSocket = function createSocket(request, options, callback) {
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  options.servername ||= options.host;
  const name = this.getName(options);
  options._agentKey = name;
  let called = false;
  const oncreate = (error, socket) => {
    if (called) return;
    called = true;
    if (error) {
      callback(error);
      return;
    }
    this.sockets[name] ??= [];
    this.sockets[name].push(socket);
    this.totalSocketCount++;
    installListeners(this, socket, options);
    callback(null, socket);
  };
  const socket = this.createConnection(options, oncreate);
  if (socket) oncreate(null, socket);
};

function installListeners(agent, socket, options) {
  const name = agent.getName(options);
  function onFree() {
    agent.emit('free', socket, options);
  }
  socket.on('free', onFree);
  function onClose() {
    agent.removeSocket(socket, options);
  }
  socket.on('close', onClose);
  function onTimeout() {
    // An idle kept connection that times out is closed; a busy one is its request's concern.
    if (socket._agentFree) socket.destroy();
  }
  socket.on('timeout', onTimeout);
  function onRemove() {
    agent.removeSocket(socket, options);
    socket.removeListener('close', onClose);
    socket.removeListener('free', onFree);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('agentRemove', onRemove);
  }
  socket.on('agentRemove', onRemove);
  socket._agentName = name;
}

Agent.prototype.removeSocket = function removeSocket(socket, options) {
  const name = this.getName(options);
  this.removeSocketFromList(this.sockets, name, socket);
  this.removeSocketFromList(this.freeSockets, name, socket);
  // A waiting request gets the place the socket left: one for this destination first, else
  // one for a destination with no busy socket.
  if (this.totalSocketCount >= this.maxTotalSockets) return;
  let key = this.requests[name]?.length && (this.sockets[name]?.length ?? 0) < this.maxSockets ? name : null;
  if (key === null) {
    key = Object.keys(this.requests).find((other) => this.requests[other].length && !this.sockets[other]?.length) ?? null;
  }
  if (key === null) return;
  const requests = this.requests[key];
  const request = requests.shift();
  if (requests.length === 0) delete this.requests[key];
  const requestOptions = request[kRequestOptions] ?? options;
  request[kRequestOptions] = undefined;
  this.createSocket(request, requestOptions, (error, created) => {
    if (error) request.onSocket(created, error);
    else setRequestSocket(this, request, created);
  });
};

Agent.prototype.destroy = function destroy() {
  for (const lists of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(lists)) {
      for (const socket of lists[name].slice()) socket.destroy();
    }
  }
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
