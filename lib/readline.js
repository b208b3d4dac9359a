'use strict';
// readline: line-by-line reading of a stream, plus terminal cursor helpers.

const { Interface, createInterface } = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

let promises;

function emitKeypressEvents() {
  throw new ERR_NOT_IMPLEMENTED('readline.emitKeypressEvents');
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('readline/promises');
    return promises;
  },
});
