'use strict';
// readline.Interface: splits an input stream into lines ('line' events, question(), async
// iteration). A "\r\n" split across two chunks counts as one line ending when the "\n"
// arrives within crlfDelay milliseconds of the "\r".

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE } } = require('internal/errors');
const { validateAbortSignal, validateString, validateUint32 } = require('internal/validators');
const { emitKeypressEvents, kEscapeCodeTimeout } = require('internal/readline/emitKeypressEvents');
const { charLengthAt, charLengthLeft } = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kIteratorHighWaterMark = 1024;
const lineEnding = /\r?\n|\r(?!\n)/g;

// string.split(lineEnding): "\r\n", "\n" and a lone "\r" end lines. Text without "\r" (most)
// is cut at each "\n" found by indexOf, several times faster than the expression.
function splitLines(string) {
  if (string.indexOf('\r') !== -1) return string.split(lineEnding);
  const lines = [];
  let start = 0;
  let end;
  while ((end = string.indexOf('\n', start)) !== -1) {
    lines.push(string.slice(start, end));
    start = end + 1;
  }
  lines.push(start === 0 ? string : string.slice(start));
  return lines;
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let escapeCodeTimeout = kEscapeCodeTimeout;
  let tabSize = 8;
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
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) escapeCodeTimeout = input.escapeCodeTimeout;
      else throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', input.escapeCodeTimeout);
    }
    if (input.tabSize !== undefined) {
      validateUint32(input.tabSize, 'tabSize', true);
      tabSize = input.tabSize;
    }
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
  // A completer taking one argument returns its result; one taking two calls back.
  this.completer = typeof completer === 'function' && completer.length !== 2 ?
    (line, callback) => callback(null, completer(line)) : completer;
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

  this.escapeCodeTimeout = escapeCodeTimeout;
  this.tabSize = tabSize;
  this.historyIndex = -1;
  this.prevRows = 0;
  this.isCompletionEnabled = true;
  this._substringSearch = null;
  this._previousKey = null;

  const onerror = (err) => this.emit('error', err);
  input.on('error', onerror);
  this.once('close', () => input.removeListener('error', onerror));

  if (this.terminal) {
    // Keys arrive as 'keypress' events; the line is edited in place on the output.
    emitKeypressEvents(input, this);
    const onkeypress = (s, key) => {
      this._ttyWrite(s, key);
      if (key?.sequence) {
        const ch = key.sequence.codePointAt(0);
        if (ch >= 0xd800 && ch <= 0xdfff) this._refreshLine();
      }
    };
    const ontermend = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onresize = () => this._refreshLine();
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    output?.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('end', ontermend);
      output?.removeListener('resize', onresize);
    });
  } else {
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
  }

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
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
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

// util.promisify(rl.question): resolves with the answer (the callback takes no error), rejects
// with an AbortError when the signal aborts.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  value: function question(query, options) {
    if (options === null || typeof options !== 'object') options = {};
    const { AbortError } = require('internal/errors');
    if (options.signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
    return new Promise((resolve, reject) => {
      let callback = resolve;
      if (options.signal) {
        const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
        options.signal.addEventListener('abort', onAbort, { once: true });
        callback = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, callback);
    });
  },
});

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
  // The buffered text never holds a line ending: the lines are those of the joined text.
  if (this._lineBuffer) {
    string = this._lineBuffer + string;
    this._lineBuffer = null;
  }
  const lines = splitLines(string);
  if (lines.length > 1) {
    this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
    this._lineBuffer = lines.pop();
    for (const line of lines) this._onLine(line);
  } else if (string) {
    this._lineBuffer = string;
  }
};

Interface.prototype.write = function(data, key) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(data, key);
  else this._normalWrite(data);
};

Interface.prototype.close = function() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

Interface.prototype._setRawMode = function(mode) {
  const wasInRawMode = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return wasInRawMode;
};

// Where the text would put the cursor, in rows and columns, on an output `columns` wide.
Interface.prototype._getDisplayPos = function(str) {
  let offset = 0;
  const columns = this.columns;
  let rows = 0;
  str = stripVTControlCharacters(str);
  for (const char of str) {
    if (char === '\n') {
      rows += Math.ceil(offset / columns) || 1;
      offset = 0;
      continue;
    }
    if (char === '\t') {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    const width = getStringWidth(char, false);
    if (width === 0 || width === 1) {
      offset += width;
    } else {
      // A wide character never straddles the right edge.
      if ((offset + 1) % columns === 0) offset++;
      offset += 2;
    }
  }
  const cols = offset % columns;
  rows += (offset - cols) / columns;
  return { cols, rows };
};

Interface.prototype.getCursorPos = function() {
  return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
};

// Redraws prompt and line, leaving the cursor where it was in the line.
Interface.prototype._refreshLine = function() {
  const line = this._prompt + this.line;
  const { cols: lineCols, rows: lineRows } = this._getDisplayPos(line);
  const cursorPos = this.getCursorPos();
  const prevRows = this.prevRows || 0;
  if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(line);
  // A full last row needs a character to make the terminal open the next one.
  if (lineCols === 0) this._writeToOutput(' ');
  cursorTo(this.output, cursorPos.cols);
  const diff = lineRows - cursorPos.rows;
  if (diff > 0) moveCursor(this.output, 0, -diff);
  this.prevRows = cursorPos.rows;
};

Interface.prototype.clearLine = function() {
  this._moveCursor(+Infinity);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

Interface.prototype._insertString = function(c) {
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
  } else {
    const oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this._refreshLine();
    else this._writeToOutput(c);
  }
};

Interface.prototype._moveCursor = function(dx) {
  if (dx === 0) return;
  const oldPos = this.getCursorPos();
  this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
  const newPos = this.getCursorPos();
  if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
  else this._refreshLine();
};

function reversed(text) {
  return Array.from(text).reverse().join('');
}

Interface.prototype._wordLeft = function() {
  if (this.cursor > 0) {
    const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed(this.line.slice(0, this.cursor)));
    this._moveCursor(-match[0].length);
  }
};

Interface.prototype._wordRight = function() {
  if (this.cursor < this.line.length) {
    const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
    this._moveCursor(match[0].length);
  }
};

Interface.prototype._deleteLeft = function() {
  if (this.cursor > 0 && this.line.length > 0) {
    const size = charLengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
    this.cursor -= size;
    this._refreshLine();
  }
};

Interface.prototype._deleteRight = function() {
  if (this.cursor < this.line.length) {
    const size = charLengthAt(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
    this._refreshLine();
  }
};

Interface.prototype._deleteWordLeft = function() {
  if (this.cursor > 0) {
    let leading = this.line.slice(0, this.cursor);
    const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed(leading));
    leading = leading.slice(0, leading.length - match[0].length);
    this.line = leading + this.line.slice(this.cursor);
    this.cursor = leading.length;
    this._refreshLine();
  }
};

Interface.prototype._deleteWordRight = function() {
  if (this.cursor < this.line.length) {
    const trailing = this.line.slice(this.cursor);
    const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
    this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
    this._refreshLine();
  }
};

Interface.prototype._deleteLineLeft = function() {
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

Interface.prototype._deleteLineRight = function() {
  this.line = this.line.slice(0, this.cursor);
  this._refreshLine();
};

Interface.prototype._addHistory = function() {
  if (this.line.length === 0) return '';
  if (this.historySize === 0) return this.line;
  if (this.line.trim().length === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    if (this.removeHistoryDuplicates) {
      const duplicate = this.history.indexOf(this.line);
      if (duplicate !== -1) this.history.splice(duplicate, 1);
    }
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  // A listener may rewrite the history (to drop a password, say): the line is read back.
  const line = this.history[0];
  this.emit('history', this.history);
  return line;
};

// Up and down walk the history entries that start with what was typed before the first step.
Interface.prototype._historyPrev = function() {
  if (this.historyIndex < this.history.length && this.history.length) {
    const search = this._substringSearch || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) index++;
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

Interface.prototype._historyNext = function() {
  if (this.historyIndex >= 0) {
    const search = this._substringSearch || '';
    let index = this.historyIndex - 1;
    while (index >= 0 && (!this.history[index].startsWith(search) || this.line === this.history[index])) index--;
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

Interface.prototype._line = function() {
  const line = this._addHistory();
  this.clearLine();
  this._onLine(line);
};

Interface.prototype._tabComplete = function(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${require('internal/util/inspect').inspect(err)}`);
      return;
    }
    this._applyCompletions(lastKeypressWasTab, value);
  });
};

// One tab completes the common prefix; a second lists the candidates in columns.
Interface.prototype._applyCompletions = function(lastKeypressWasTab, [completions, completeOn]) {
  if (!completions || completions.length === 0) return;
  const prefix = commonPrefix(completions.filter((entry) => entry !== ''));
  if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
    this._insertString(prefix.slice(completeOn.length));
    return;
  } else if (!completeOn.startsWith(prefix)) {
    this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
    this.cursor = this.cursor - completeOn.length + prefix.length;
    this._refreshLine();
    return;
  }
  if (!lastKeypressWasTab) return;
  const widths = completions.map((entry) => getStringWidth(entry));
  const width = Math.max(...widths) + 2;
  let maxColumns = Math.floor(this.columns / width) || 1;
  if (maxColumns === Infinity) maxColumns = 1;
  let output = '\r\n';
  let lineIndex = 0;
  let whitespace = 0;
  for (let i = 0; i < completions.length; i++) {
    const completion = completions[i];
    if (completion === '' || lineIndex === maxColumns) {
      output += '\r\n';
      lineIndex = 0;
      whitespace = 0;
    } else {
      output += ' '.repeat(whitespace);
    }
    if (completion !== '') {
      output += completion;
      whitespace = width - widths[i];
      lineIndex++;
    } else {
      output += '\r\n';
    }
  }
  if (lineIndex !== 0) output += '\r\n\r\n';
  this._writeToOutput(output);
  this._refreshLine();
};

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// One key in terminal mode: editing keys act on the line, anything else is inserted.
Interface.prototype._ttyWrite = function(s, key) {
  const previousKey = this._previousKey;
  key = key || {};
  this._previousKey = key;

  if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (this._substringSearch === null) this._substringSearch = this.line.slice(0, this.cursor);
  } else if (this._substringSearch !== null) {
    this._substringSearch = null;
    if (this.history.length === this.historyIndex) this.historyIndex = -1;
  }

  if (key.name === 'escape') return;

  if (key.ctrl && key.shift) {
    if (key.name === 'backspace') this._deleteLineLeft();
    else if (key.name === 'delete') this._deleteLineRight();
  } else if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h': this._deleteLeft(); break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        break;
      case 'u': this._deleteLineLeft(); break;
      case 'k': this._deleteLineRight(); break;
      case 'a': this._moveCursor(-Infinity); break;
      case 'e': this._moveCursor(+Infinity); break;
      case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
      case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n': this._historyNext(); break;
      case 'p': this._historyPrev(); break;
      case 'z':
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          process.once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          process.kill(process.pid, 'SIGTSTP');
        }
        break;
      case 'w':
      case 'backspace': this._deleteWordLeft(); break;
      case 'delete': this._deleteWordRight(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
    }
  } else if (key.meta) {
    switch (key.name) {
      case 'b': this._wordLeft(); break;
      case 'f': this._wordRight(); break;
      case 'd':
      case 'delete': this._deleteWordRight(); break;
      case 'backspace': this._deleteWordLeft(); break;
    }
  } else {
    // A "\r" matters only when a "\n" comes right after it.
    if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
    switch (key.name) {
      case 'return':
        this._sawReturnAt = Date.now();
        this._line();
        break;
      case 'enter':
        if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
        this._sawReturnAt = 0;
        break;
      case 'backspace': this._deleteLeft(); break;
      case 'delete': this._deleteRight(); break;
      case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
      case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
      case 'home': this._moveCursor(-Infinity); break;
      case 'end': this._moveCursor(+Infinity); break;
      case 'up': this._historyPrev(); break;
      case 'down': this._historyNext(); break;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this._tabComplete(previousKey?.name === 'tab');
          break;
        }
        // Without a completer a tab is text.
      // falls through
      default:
        if (typeof s === 'string' && s) {
          // Pasted text may hold several lines.
          const ending = /\r?\n|\r(?!\n)/g;
          let lastIndex = 0;
          let match;
          while ((match = ending.exec(s)) !== null) {
            this._insertString(s.slice(lastIndex, match.index));
            lastIndex = ending.lastIndex;
            this._line();
            ending.lastIndex = lastIndex;
          }
          this._insertString(s.slice(lastIndex));
        }
    }
  }
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

// Lines are queued for the iterator; a long queue pauses the input until it drains.
Interface.prototype[Symbol.asyncIterator] = function() {
  if (this._lines === null) {
    const queue = [];
    let waiting = null;
    let failure = null;
    let done = this.closed;
    const settle = () => {
      if (waiting === null) return;
      const { resolve, reject } = waiting;
      waiting = null;
      if (queue.length) resolve({ value: queue.shift(), done: false });
      else if (failure) reject(failure);
      else if (done) resolve({ value: undefined, done: true });
      else waiting = { resolve, reject };
    };
    this.on('error', (err) => {
      failure = err;
      settle();
    });
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
        if (failure) return Promise.reject(failure);
        if (done) return Promise.resolve({ value: undefined, done: true });
        if (iface.paused && !iface.closed) iface.resume();
        return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
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
