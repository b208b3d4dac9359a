'use strict';
// Address helpers work (internal/net); sockets and servers are not implemented yet.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

const { isIP, isIPv4, isIPv6 } = require('internal/net');

function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`net.${name}`); };
}

class Socket { constructor() { throw new ERR_NOT_IMPLEMENTED('net.Socket'); } }
class Server { constructor() { throw new ERR_NOT_IMPLEMENTED('net.Server'); } }
class BlockList { constructor() { throw new ERR_NOT_IMPLEMENTED('net.BlockList'); } }
class SocketAddress { constructor() { throw new ERR_NOT_IMPLEMENTED('net.SocketAddress'); } }

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

module.exports = {
  BlockList,
  Server,
  Socket,
  SocketAddress,
  Stream: Socket,
  connect: notYet('connect()'),
  createConnection: notYet('createConnection()'),
  createServer: notYet('createServer()'),
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily: () => autoSelectFamilyDefault,
  setDefaultAutoSelectFamily: (value) => { autoSelectFamilyDefault = !!value; },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeoutDefault,
  setDefaultAutoSelectFamilyAttemptTimeout: (value) => { autoSelectFamilyAttemptTimeoutDefault = value; },
};
