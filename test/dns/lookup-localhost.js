'use strict';
// The system resolver answers for localhost (from the hosts file), in both call shapes, and a
// name that cannot exist fails with Node's error shape; lookupService names the loopback address.
const assert = require('assert');
const dns = require('dns');

let pending = 0;
const done = () => { pending--; };
const expectLoopback = (address, family) => {
  assert.ok(address === '127.0.0.1' || address === '::1', address);
  assert.strictEqual(family, address === '::1' ? 6 : 4);
};

pending++;
const req = dns.lookup('localhost', (err, address, family) => {
  assert.ifError(err);
  expectLoopback(address, family);
  done();
});
assert.strictEqual(typeof req, 'object');

pending++;
dns.lookup('localhost', { all: true, family: 4 }, (err, list) => {
  assert.ifError(err);
  assert.ok(Array.isArray(list) && list.length >= 1);
  for (const entry of list) assert.deepStrictEqual(entry, { address: '127.0.0.1', family: 4 });
  done();
});

pending++;
dns.promises.lookup('localhost', { all: true }).then((list) => {
  assert.ok(list.length >= 1);
  for (const { address, family } of list) expectLoopback(address, family);
  done();
});

// `.invalid` never resolves; without a reachable name server the resolver may say so as a
// temporary failure instead.
const checkMissing = (err) => {
  assert.ok(err instanceof Error);
  assert.ok(['ENOTFOUND', 'EAI_AGAIN'].includes(err.code), err.code);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, `getaddrinfo ${err.code} no-such-host.invalid`);
  assert.strictEqual(typeof err.errno, 'number');
};
pending++;
dns.lookup('no-such-host.invalid', (err, address) => {
  checkMissing(err);
  assert.strictEqual(address, undefined);
  done();
});
pending++;
dns.promises.lookup('no-such-host.invalid').then(assert.fail, (err) => {
  checkMissing(err);
  done();
});

pending++;
dns.lookupService('127.0.0.1', 80, (err, hostname, service) => {
  assert.ifError(err);
  assert.strictEqual(typeof hostname, 'string');
  assert.ok(service === 'http' || service === '80', service);
  done();
});

process.on('exit', () => assert.strictEqual(pending, 0));
