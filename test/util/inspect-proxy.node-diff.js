'use strict';
// util.inspect of proxies: the target, [target, handler] with showProxy, <Revoked Proxy>.
const util = require('util');
const target = { a: 1 };
const handler = { get: (t, k) => t[k] };
const p = new Proxy(target, handler);
console.log(util.inspect(p, { showProxy: true }), util.inspect(p));
const r = Proxy.revocable({}, {}); r.revoke();
console.log(util.inspect(r.proxy), util.inspect(r.proxy, { showProxy: true }), util.types.isProxy(r.proxy));
console.log(util.inspect(new Proxy(function f() {}, {}), { showProxy: true }), util.format('%o', new Proxy({ b: 2 }, {})));
console.log(util.inspect(new Proxy(new Proxy({ c: 3 }, {}), {}), { showProxy: true, depth: 0 }), util.inspect({ nested: p }, { showProxy: true }));
