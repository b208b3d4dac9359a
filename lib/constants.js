'use strict';
// The deprecated flat constants module: os.constants (errno, signals, priority) and fs constants.

const { os, fs } = internalBinding('constants');

module.exports = {};
Object.assign(module.exports, os.dlopen, os.errno, os.priority, os.signals, fs);
Object.freeze(module.exports);
