'use strict';
// The main thread's view of worker_threads: message channels work; Worker itself is not
// implemented yet.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

class Worker {
  constructor() { throw new ERR_NOT_IMPLEMENTED('worker_threads.Worker'); }
}

const environmentData = new Map();

module.exports = {
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  getEnvironmentData: (key) => environmentData.get(key),
  setEnvironmentData: (key, value) => {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  moveMessagePortToContext() { throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext()'); },
  BroadcastChannel: class BroadcastChannel { constructor() { throw new ERR_NOT_IMPLEMENTED('BroadcastChannel'); } },
};
Object.defineProperty(module.exports, 'markAsUntransferable', {
  __proto__: null, enumerable: true, configurable: true,
  get: () => require('internal/worker/js_transferable').markAsUntransferable,
});
for (const name of ['MessageChannel', 'MessagePort', 'receiveMessageOnPort']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: true, configurable: true, get: () => require('internal/worker/io')[name],
  });
}
