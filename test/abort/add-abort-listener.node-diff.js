'use strict';
// events.addAbortListener: runs even when another listener stops propagation, runs at once (in a
// microtask) for an aborted signal, and its disposer removes the listener.
const { addAbortListener } = require('events');
const first = new AbortController();
first.signal.addEventListener('abort', (event) => event.stopImmediatePropagation());
addAbortListener(first.signal, (event) => console.log('still called', event.type));
first.abort();
const disposed = new AbortController();
const disposable = addAbortListener(disposed.signal, () => console.log('never'));
disposable[Symbol.dispose]();
disposed.abort();
addAbortListener(AbortSignal.abort(), () => console.log('already aborted'));
console.log('sync end', typeof Symbol.dispose, typeof Symbol.asyncDispose);
