'use strict';
// The sockets, servers and UDP sockets whose libuv handle is open, for
// process._getActiveHandles() and process.getActiveResourcesInfo(): each counts while its
// handle is referenced (an unref'd one does not keep the process alive, and is not listed).

const tracked = new Map();   // owner -> { name, handle }

function track(owner, name, handle) {
  tracked.set(owner, { name, handle });
}

function untrack(owner) {
  tracked.delete(owner);
}

function* active() {
  for (const [owner, entry] of tracked) {
    if (entry.handle.hasRef()) yield [owner, entry.name];
  }
}

function activeHandles() {
  return Array.from(active(), ([owner]) => owner);
}

function activeResourceNames() {
  return Array.from(active(), ([, name]) => name);
}

module.exports = { track, untrack, activeHandles, activeResourceNames };
