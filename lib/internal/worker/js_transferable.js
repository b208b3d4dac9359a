'use strict';
// How Apus objects take part in structured cloning (postMessage, structuredClone):
// - an object with a [kClone]() method is cloned by calling it (histograms share their data);
// - an object with [kTransfer]() can be listed in a transfer list and is moved by calling it
//   (message ports); met in a message without being listed, it cannot be cloned; its
//   [kDetached]() says whether it can no longer be moved.

// Objects that are copied even when listed for transfer (the Buffer pool, for one).
const untransferable = new WeakSet();
function markAsUntransferable(object) {
  if ((typeof object !== 'object' && typeof object !== 'function') || object === null) return;
  untransferable.add(object);
}
function isMarkedAsUntransferable(object) { return untransferable.has(object); }

const kClone = Symbol('kClone');
const kTransfer = Symbol('kTransfer');
const kDetached = Symbol('kDetached');

module.exports = { kClone, kTransfer, kDetached, markAsUntransferable, isMarkedAsUntransferable };
