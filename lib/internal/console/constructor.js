'use strict';
// The Console class: every console method, writing formatted text to two streams.

const { codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR } } =
  require('internal/errors');
const { validateInteger, validateArray, validateObject, validateOneOf } = require('internal/validators');
// util.inspect loads only when something other than plain strings is printed.
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
const inspect = (...args) => lazyInspect().inspect(...args);
const getStringWidth = (...args) => lazyInspect().getStringWidth(...args);

const kCounts = Symbol('counts');
// Node exposes the running timers as console._times (a Map); programs and tests read it.
const kTimers = '_times';
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kIgnoreErrors = Symbol('kIgnoreErrors');

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: errStream = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!errStream || typeof errStream.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  setupConsole(this, () => stdout, () => errStream, ignore, colorMode, inspectOptions, groupIndentation);
  // Methods are bound to the instance so `const { log } = console` works; a subclass's
  // override of a method is the one bound.
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      const method = this[key];
      Object.defineProperty(this, key, { ...desc, value: Object.defineProperty(method.bind(this), 'name', { __proto__: null, value: key }) });
    }
  }
}

function setupConsole(target, getStdout, getStderr, ignoreErrors, colorMode, inspectOptions, groupIndentation = 2) {
  Object.defineProperty(target, kStdout, { __proto__: null, get: getStdout, configurable: true, enumerable: false });
  Object.defineProperty(target, kStderr, { __proto__: null, get: getStderr, configurable: true, enumerable: false });
  for (const [key, value] of [[kIgnoreErrors, ignoreErrors], [kColorMode, colorMode],
    [kInspectOptions, inspectOptions], [kCounts, new Map()], [kTimers, new Map()], [kGroupIndent, ''],
    [kGroupIndentationWidth, groupIndentation]]) {
    Object.defineProperty(target, key, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
  }
}

function streamColors(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return mode;
  return Boolean(stream?.isTTY && typeof stream.getColorDepth === 'function' && stream.getColorDepth() > 2);
}

function allPlainStrings(args) {
  if (typeof args[0] === 'string' && args[0].includes('%')) return false;
  for (const arg of args) if (typeof arg !== 'string') return false;
  return true;
}

function formatFor(console, stream, args) {
  if (allPlainStrings(args)) return args.join(' ');
  const { formatWithOptions } = lazyInspect();
  const options = console[kInspectOptions];
  const colors = streamColors(console, stream);
  if (options !== undefined) {
    return formatWithOptions(options.colors === undefined ? { ...options, colors } : options, ...args);
  }
  return colors ? formatWithOptions({ colors }, ...args) : formatWithOptions({}, ...args);
}

function writeTo(console, useStderr, string) {
  const stream = useStderr ? console[kStderr] : console[kStdout];
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  if (!console[kIgnoreErrors]) {
    stream.write(string);
    return;
  }
  try {
    if (stream.listenerCount && stream.listenerCount('error') === 0) stream.once('error', () => {});
    stream.write(string, () => {});
  } catch (e) {
    if (e?.name === 'RangeError' && /call stack/i.test(e.message)) throw e;
  }
}

const consoleMethods = {
  log(...args) { writeTo(this, false, formatFor(this, this[kStdout], args)); },
  warn(...args) { writeTo(this, true, formatFor(this, this[kStderr], args)); },
  dir(object, options) {
    writeTo(this, false, inspect(object, { customInspect: false, ...this[kInspectOptions], ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace: function trace(...args) {
    const err = { name: 'Trace', message: this.formatForTrace ? '' : formatFor(this, this[kStderr], args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    const stream = this[kStdout];
    if (stream.isTTY && process.env.TERM !== 'dumb') stream.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(`${label}`)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    return this.log(renderTable(tabularData, properties));
  },
  profile() {},
  profileEnd() {},
  timeStamp() {},
};
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

function formatTime(ms) {
  let hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes;
    return `${res}:${String(seconds).padStart(2, '0')}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(console, name, label, data) {
  const time = console[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) console.log('%s: %s', label, formatted);
  else console.log('%s: %s', label, formatted, ...data);
  return true;
}

// console.table: a box-drawn table. A Map gives (iteration index) / Key / Values rows, a Set
// (iteration index) / Values; any other object one row per own key, with a column per key of
// the row objects (or per name in `properties`) and a Values column for primitive rows.
const kIndexHeader = '(index)';
const kIterationHeader = '(iteration index)';
const kValuesHeader = 'Values';

// A cell: objects with more than two keys collapse to [Object], others show one level.
function tableCell(value) {
  const collapse = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 2;
  return inspect(value, { depth: collapse ? -1 : 0, maxArrayLength: 3, breakLength: Infinity, colors: false });
}

function renderTable(data, properties) {
  const types = require('internal/util/types');
  let header;
  const rows = [];
  // Rows of a Map: its [key, value] pairs; of a Set: its values. A Map or Set iterator is shown
  // by what it has left: a Map's entries iterator as a Map, any other as the values it yields
  // (a Set's [value, value] pairs flattened, as in Node).
  let pairs;
  let values;
  if (types.isMap(data)) {
    pairs = [...data];
  } else if (types.isSet(data)) {
    values = [...data];
  } else if (types.isMapIterator(data) || types.isSetIterator(data)) {
    const preview = lazyInspect().previewIteratorEntries(data);
    if (preview !== undefined) {
      const { 0: entries, 1: isKeyValue } = preview;
      if (isKeyValue && types.isMapIterator(data)) pairs = entries;
      else values = isKeyValue ? entries.flat(1) : entries;
    }
  }
  if (pairs !== undefined) {
    header = [kIterationHeader, 'Key', kValuesHeader];
    for (let i = 0; i < pairs.length; i++) rows.push([String(i), tableCell(pairs[i][0]), tableCell(pairs[i][1])]);
  } else if (values !== undefined) {
    header = [kIterationHeader, kValuesHeader];
    for (let i = 0; i < values.length; i++) rows.push([String(i), tableCell(values[i])]);
  } else {
    // Column name -> position among the columns, in first-seen order (a null-prototype map:
    // names like __proto__ are plain names here).
    const columns = new Map();
    const cells = [];
    const values = [];
    let hasPrimitives = false;
    for (const key of Object.keys(data)) {
      const value = data[key];
      const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
      const row = new Map();
      if (primitive && properties === undefined) {
        hasPrimitives = true;
        values.push(tableCell(value));
      } else {
        values.push('');
        for (const column of properties ?? Object.keys(value)) {
          if (!columns.has(column)) columns.set(column, columns.size);
          if (!primitive && Object.prototype.hasOwnProperty.call(value, column)) row.set(column, tableCell(value[column]));
        }
      }
      cells.push([key, row]);
    }
    header = [kIndexHeader, ...columns.keys()];
    if (hasPrimitives) header.push(kValuesHeader);
    for (let i = 0; i < cells.length; i++) {
      const [key, row] = cells[i];
      const line = [key];
      for (const column of columns.keys()) line.push(row.get(column) ?? '');
      if (hasPrimitives) line.push(values[i]);
      rows.push(line);
    }
  }
  const widths = header.map((name) => getStringWidth(name) + 2);
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], getStringWidth(row[i]) + 2);
  }
  // Cells are left-aligned after one space.
  const renderRow = (row) => `\u2502${row.map((text, i) => ` ${text}${' '.repeat(widths[i] - getStringWidth(text) - 1)}`).join('\u2502')}\u2502\n`;
  const divider = (left, middle, right) => left + widths.map((width) => '\u2500'.repeat(width)).join(middle) + right;
  let out = `${divider('\u250c', '\u252c', '\u2510')}\n${renderRow(header)}${divider('\u251c', '\u253c', '\u2524')}\n`;
  for (const row of rows) out += renderRow(row);
  return out + divider('\u2514', '\u2534', '\u2518');
}

for (const [name, fn] of Object.entries(consoleMethods)) {
  Object.defineProperty(Console.prototype, name, { __proto__: null, value: fn, writable: true, enumerable: true, configurable: true });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) { return instance !== null && typeof instance === 'object' && kCounts in instance; },
});

module.exports = { Console, setupConsole, kStdout, kStderr, consoleMethods };
