'use strict';
// readline.Interface: splits an input stream into lines ('line' events, question(), async
// iteration). A "\r\n" split across two chunks counts as one line ending when the "\n"
// arrives within crlfDelay milliseconds of the "\r".

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateAbortSignal, validateString } = require('internal/validators');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kIteratorHighWaterMark = 1024;
const lineEnding = /\r?\n|\r(?!\n)/g;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw new ERR_INVALID_ARG_VALUE('history', history);
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    throw new ERR_INVALID_ARG_VALUE('historySize', historySize);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;
  if (signal) validateAbortSignal(signal, 'options.signal');

  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.terminal = !!terminal;
  this.line = '';
  this.cursor = 0;
  this.closed = false;
  this.paused = false;
  this._prompt = prompt;
  this._questionCallback = null;
  this._oldPrompt = '';
  this._sawReturnAt = 0;
  this._lineBuffer = null;
  this._decoder = new StringDecoder('utf8');
  this._lines = null;

  if (this.terminal) {
    throw new ERR_NOT_IMPLEMENTED('readline terminal mode (line editing)');
  }

  const ondata = (data) => this._normalWrite(data);
  const onend = () => {
    if (typeof this._lineBuffer === 'string' && this._lineBuffer.length > 0) this.emit('line', this._lineBuffer);
    this.close();
  };
  input.on('data', ondata);
  input.on('end', onend);
  this.once('close', () => {
    input.removeListener('data', ondata);
    input.removeListener('end', onend);
  });

  if (signal) {
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return this.output?.columns ? this.output.columns : Infinity; },
});

Interface.prototype.setPrompt = function(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function() {
  return this._prompt;
};

Interface.prototype._writeToOutput = function(stringToWrite) {
  validateString(stringToWrite, 'stringToWrite');
  if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
};

Interface.prototype.prompt = function(preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  this._writeToOutput(this._prompt);
};

Interface.prototype.question = function(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const onAbort = () => this._abortQuestion();
    options.signal.addEventListener('abort', onAbort, { once: true });
    const callback = cb;
    cb = (answer) => {
      options.signal.removeEventListener('abort', onAbort);
      callback(answer);
    };
  }
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
  } else {
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }
};

Interface.prototype._abortQuestion = function() {
  if (this._questionCallback) {
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
  }
};

Interface.prototype._onLine = function(line) {
  if (this._questionCallback) {
    const cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._normalWrite = function(chunk) {
  if (chunk === undefined) return;
  let string = this._decoder.write(chunk);
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
    if (string.codePointAt(0) === 10) string = string.slice(1);
    this._sawReturnAt = 0;
  }
  lineEnding.lastIndex = 0;
  const hasEnding = lineEnding.test(string);
  if (this._lineBuffer) {
    string = this._lineBuffer + string;
    this._lineBuffer = null;
  }
  if (hasEnding) {
    this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
    const lines = string.split(lineEnding);
    this._lineBuffer = lines.pop();
    for (const line of lines) this._onLine(line);
  } else if (string) {
    this._lineBuffer = string;
  }
};

Interface.prototype.write = function(data, key) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.paused) this.resume();
  this._normalWrite(data);
};

Interface.prototype.close = function() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.getCursorPos = function() {
  const prefix = this._prompt + this.line.slice(0, this.cursor);
  const columns = this.columns;
  return { rows: columns === Infinity ? 0 : Math.floor(prefix.length / columns), cols: prefix.length % columns };
};

// Lines are queued for the iterator; a long queue pauses the input until it drains.
Interface.prototype[Symbol.asyncIterator] = function() {
  if (this._lines === null) {
    const queue = [];
    let waiting = null;
    let done = this.closed;
    const settle = () => {
      if (waiting === null) return;
      const resolve = waiting;
      waiting = null;
      if (queue.length) resolve({ value: queue.shift(), done: false });
      else if (done) resolve({ value: undefined, done: true });
      else waiting = resolve;
    };
    this.on('line', (line) => {
      queue.push(line);
      if (queue.length >= kIteratorHighWaterMark) this.pause();
      settle();
    });
    this.once('close', () => {
      done = true;
      settle();
    });
    const iface = this;
    this._lines = {
      next() {
        if (queue.length) {
          const value = queue.shift();
          if (queue.length < kIteratorHighWaterMark / 2 && iface.paused && !iface.closed) iface.resume();
          return Promise.resolve({ value, done: false });
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        if (iface.paused && !iface.closed) iface.resume();
        return new Promise((resolve) => { waiting = resolve; });
      },
      return() {
        done = true;
        iface.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
  return this._lines;
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, createInterface };
