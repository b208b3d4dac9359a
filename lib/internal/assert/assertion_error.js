'use strict';
// AssertionError, with Node's messages for each operator and a "+ actual - expected" line diff.

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kMaxShortLength = 12;

function inspectValue(value) {
  return inspect(value, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false,
    showProxy: false, sorted: true, getters: true,
  });
}

// Longest-common-subsequence diff of two line arrays: [' ', line] | ['+', line] | ['-', line].
function diffLines(actual, expected) {
  const n = actual.length, m = expected.length;
  if (n * m > 4e6) {
    return [...actual.map((l) => ['+', l]), ...expected.map((l) => ['-', l])];
  }
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = actual[i] === expected[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const result = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (actual[i] === expected[j]) { result.push([' ', actual[i]]); i++; j++; }
    else if (table[i + 1][j] >= table[i][j + 1]) result.push(['+', actual[i++]]);
    else result.push(['-', expected[j++]]);
  }
  while (i < n) result.push(['+', actual[i++]]);
  while (j < m) result.push(['-', expected[j++]]);
  return result;
}

function createErrDiff(actual, expected, operator) {
  const actualLines = inspectValue(actual).split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let header = kReadableOperator[operator];
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null) || (typeof actual === 'function' &&
      typeof expected === 'function'))) {
    header = kReadableOperator.strictEqualObject;
  }
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const inline = actualLines[0].length + expectedLines[0].length;
    const simple = (typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
      (actual !== 0 || expected !== 0);
    if (inline <= kMaxShortLength || simple) {
      return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
    }
  }
  const diff = diffLines(actualLines, expectedLines);
  // A run of more than four unchanged lines keeps its first line and its last three.
  let out = '';
  let skipped = false;
  for (let k = 0; k < diff.length;) {
    if (diff[k][0] !== ' ') {
      out += `\n${diff[k][0]} ${diff[k][1]}`;
      k++;
      continue;
    }
    let end = k;
    while (end < diff.length && diff[end][0] === ' ') end++;
    const run = diff.slice(k, end);
    if (run.length > 4) {
      skipped = true;
      out += `\n  ${run[0][1]}\n...`;
      for (const [, line] of run.slice(-3)) out += `\n  ${line}`;
    } else {
      for (const [, line] of run) out += `\n  ${line}`;
    }
    k = end;
  }
  return `${header}\n+ actual - expected${skipped ? ' ... Lines skipped' : ''}\n${out}`;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (message != null) {
      super(String(message));
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      super(createErrDiff(actual, expected, operator));
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = kReadableOperator[operator];
      const res = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) ||
          typeof actual === 'function')) {
        base = kReadableOperator.notStrictEqualObject;
      }
      if (res.length > 50) {
        res[46] = '...';
        res.length = 47;
      }
      if (res.length === 1) super(`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`);
      else super(`${base}\n\n${res.join('\n')}\n`);
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const knownOperator = kReadableOperator[operator];
      if (operator === 'notDeepEqual' && res === other) {
        res = `${knownOperator}\n\n${res}`;
        if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
        super(res);
      } else {
        if (res.length > 512) res = `${res.slice(0, 509)}...`;
        if (other.length > 512) other = `${other.slice(0, 509)}...`;
        if (operator === 'deepEqual') {
          res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        } else {
          const newOp = kReadableOperator[`${operator}Unequal`];
          if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
          else other = ` ${operator} ${other}`;
        }
        super(`${res}${other}`);
      }
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { __proto__: null, value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || this.constructor);
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() { return `${this.name} [${this.code}]: ${this.message}`; }

  [inspect.custom](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = truncate(this.actual, 128);
    if (typeof this.expected === 'string') this.expected = truncate(this.expected, 128);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

function truncate(string, length) {
  return string.length > length ? `${string.slice(0, length)}... ${string.length - length} more characters` : string;
}

module.exports = { AssertionError };
