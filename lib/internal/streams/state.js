'use strict';
// highWaterMark: the per-stream buffering threshold and the process-wide defaults.

const { validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// A Duplex takes `highWaterMark` for both sides, else the side's own option.
function getHighWaterMark(state, options, sideKey, isDuplex) {
  let value = options.highWaterMark;
  let name = 'options.highWaterMark';
  if (value == null && isDuplex) {
    value = options[sideKey];
    name = `options.${sideKey}`;
  }
  if (value == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(value) || value < 0) throw new ERR_INVALID_ARG_VALUE(name, value);
  return Math.floor(value);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
