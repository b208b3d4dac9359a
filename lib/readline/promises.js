'use strict';
// readline/promises: an Interface whose question() returns a promise.

const { Interface: CallbackInterface } = require('internal/readline/interface');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateInteger } = require('internal/validators');

class Interface extends CallbackInterface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new ERR_USE_AFTER_CLOSE('readline'));
        return;
      }
      let cb = resolve;
      if (options?.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          reject(new AbortError(undefined, { cause: options.signal.reason }));
          return;
        }
        const onAbort = () => {
          this._abortQuestion();
          reject(new AbortError(undefined, { cause: options.signal.reason }));
        };
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      CallbackInterface.prototype.question.call(this, query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const CSI = '\x1b[';

// Cursor and clearing actions on a terminal stream, gathered until commit() (or written on the
// next tick each, with autoCommit).
class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    const { isWritableNodeStream } = require('internal/streams/utils');
    if (!isWritableNodeStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #add(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#add(y == null ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (!dx && !dy) return this;
    validateInteger(dx, 'dx');
    validateInteger(dy, 'dy');
    let data = '';
    if (dx < 0) data += `${CSI}${-dx}D`;
    else if (dx > 0) data += `${CSI}${dx}C`;
    if (dy < 0) data += `${CSI}${-dy}A`;
    else if (dy > 0) data += `${CSI}${dy}B`;
    return this.#add(data);
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#add(dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`);
  }

  clearScreenDown() {
    return this.#add(`${CSI}0J`);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
