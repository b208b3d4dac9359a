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

// console.table: a box-drawn table of the rows (and columns) of `data`.
function renderTable(data, properties) {
  const indexKey = '(index)';
  const valuesKey = 'Values';
  const mapIter = data instanceof Map;
  const setIter = data instanceof Set;
  const rows = [];
  const columns = new Map();
  let hasValues = false;
  // A cell shows its value (undefined included); a row without the column shows nothing.
  const cell = (v) => inspect(v, { depth: 1, maxArrayLength: 3, breakLength: Infinity, colors: false });
  let entries;
  if (mapIter) entries = [...data].map(([k, v], i) => [i, { Key: k, Values: v }, true]);
  else if (setIter) entries = [...data].map((v, i) => [i, v, false]);
  else entries = Object.keys(data).map((k) => [k, data[k], false]);
  const columnOrder = [];
  for (const [key, value, isMapEntry] of entries) {
    const row = { [indexKey]: mapIter ? String(key) : String(key) };
    if (isMapEntry) {
      row['(iteration index)'] = String(key);
      row.Key = cell(value.Key);
      row.Values = cell(value.Values);
      for (const col of ['(iteration index)', 'Key', 'Values']) if (!columns.has(col)) { columns.set(col, true); columnOrder.push(col); }
      delete row[indexKey];
      rows.push(row);
      continue;
    }
    const primitive = value === null || (typeof value !== 'object' && typeof value !== 'function');
    // With a column list, primitive rows get empty cells in those columns, not a Values column.
    if (!primitive || properties !== undefined) {
      const keys = properties || Object.keys(value);
      for (const k of keys) {
        if (!columns.has(k)) { columns.set(k, true); columnOrder.push(k); }
        if (!primitive && Object.prototype.hasOwnProperty.call(value, k)) row[k] = cell(value[k]);
      }
    } else {
      hasValues = true;
      row[valuesKey] = cell(value);
    }
    rows.push(row);
  }
  const head = mapIter ? columnOrder : [indexKey, ...columnOrder, ...(hasValues ? [valuesKey] : [])];
  if (setIter) head.splice(0, 1, '(iteration index)');
  const widths = head.map((h) => getStringWidth(h) + 2);
  const lines = rows.map((row) => head.map((h, i) => {
    const key = setIter && i === 0 ? indexKey : h;
    const text = row[key] ?? '';
    widths[i] = Math.max(widths[i], getStringWidth(text) + 2);
    return text;
  }));
  // Cells are left-aligned with one space of padding.
  const center = (text, width) => ` ${text}${' '.repeat(width - getStringWidth(text) - 1)}`;
  const divider = (l, m, r) => l + widths.map((w) => '\u2500'.repeat(w)).join(m) + r;
  let out = `${divider('\u250c', '\u252c', '\u2510')}\n\u2502${head.map((h, i) => center(h, widths[i])).join('\u2502')}\u2502\n${divider('\u251c', '\u253c', '\u2524')}\n`;
  for (const line of lines) out += `\u2502${line.map((t, i) => center(t, widths[i])).join('\u2502')}\u2502\n`;
  out += divider('\u2514', '\u2534', '\u2518');
  return out;
}

for (const [name, fn] of Object.entries(consoleMethods)) {
  Object.defineProperty(Console.prototype, name, { __proto__: null, value: fn, writable: true, enumerable: true, configurable: true });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) { return instance !== null && typeof instance === 'object' && kCounts in instance; },
});

module.exports = { Console, setupConsole, kStdout, kStderr, consoleMethods };
