'use strict';
// readline/promises: an Interface whose question() returns a promise.

const { Interface: CallbackInterface } = require('internal/readline/interface');
const { AbortError, codes: { ERR_NOT_IMPLEMENTED, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

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

class Readline {
  constructor() {
    throw new ERR_NOT_IMPLEMENTED('readline/promises.Readline');
  }
}

module.exports = { Interface, Readline, createInterface };
