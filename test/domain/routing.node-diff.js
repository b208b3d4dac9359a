'use strict';
// domain: run/enter/exit and process.domain, add/remove members, an unhandled 'error' of a member
// emitter, intercept(), and exceptions thrown synchronously in run() or later in a timer it set
// all reach the domain's 'error' listener.
const domain = require('domain');
const EE = require('events');
console.log(process.domain, domain.active);
const d = domain.create();
d.on('error', (e) => console.log('caught', e.message, e.domainThrown, e.domain === d, process.domain === d));
d.run(() => {
  console.log('in run', process.domain === d);
  setTimeout(() => { throw new Error('async boom'); }, 1);
});
console.log('after run', process.domain);
const e = new EE(); d.add(e); console.log(d.members.length, e.domain === d);
e.emit('error', new Error('emitted'));
const cb = d.intercept((a) => console.log('intercepted ok', a));
cb(null, 5); cb(new Error('intercepted error'));
d.remove(e); console.log(d.members.length, e.domain);
d.run(() => { throw new Error('sync throw'); });
