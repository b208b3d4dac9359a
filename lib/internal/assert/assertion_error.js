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

// The "+ actual - expected" message. Lines are compared by position, as Node does: identical
// lines at the end are cut to three lines of context; inside, a run of identical lines shows its
// first two and last three lines around "..."; a line that differs only by a trailing comma
// counts as identical; differing lines group as "+" lines then "-" lines. A short single-line
// pair prints as "a !== b"; a longer one gets a caret under the first difference.
function createErrDiff(actual, expected, operator) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' && ((typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null) || (typeof actual === 'function' &&
      typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const [actualLine] = actualLines;
    const [expectedLine] = expectedLines;
    const inputLength = actualLine.length + expectedLine.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${kReadableOperator[operator]}\n\n${actualLine} !== ${expectedLine}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const columns = process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < columns) {
        let common = 0;
        while (actualLine[common] === expectedLine[common]) common++;
        if (common > 2) indicator = `\n  ${' '.repeat(common)}^`;
      }
    }
  }

  // Identical lines at the end: the last three are kept as context, the one above them too
  // when there are four, with "..." in between when there are five or more.
  let tail = '';
  let trailing = 0;
  let topOfTail = '';
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (trailing++ < 3) tail = `\n  ${line}${tail}`;
    else topOfTail = line;
  }
  let skipped = false;
  if (trailing >= 5) {
    tail = `\n...${tail}`;
    skipped = true;
  }
  if (topOfTail !== '') tail = `\n  ${topOfTail}${tail}`;

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const header = `${kReadableOperator[operator]}\n+ actual - expected`;
  const actualIsLonger = actualLines.length >= maxLines;
  const longer = actualIsLonger ? actualLines : expectedLines;
  const shorterLength = actualIsLonger ? expectedLines.length : actualLines.length;
  let result = '';
  let pendingExpected = '';   // "-" lines wait until the run of "+" lines ends
  let identical = 0;
  let printed = 0;
  // Before a difference: the identical lines not shown yet, up to three, after "..." if needed.
  const showIdenticalBefore = (index) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            result += `\n  ${longer[index - 3]}`;
            printed++;
          } else {
            result += '\n...';
            skipped = true;
          }
        }
        result += `\n  ${longer[index - 2]}`;
        printed++;
      }
      result += `\n  ${longer[index - 1]}`;
      printed++;
    }
    identical = 0;
  };
  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      showIdenticalBefore(i);
      if (actualIsLonger) result += `\n+ ${longer[i]}`;
      else pendingExpected += `\n- ${longer[i]}`;
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let differs = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differs && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differs = false;
        actualLine += ',';
      }
      if (differs) {
        showIdenticalBefore(i);
        result += `\n+ ${actualLine}`;
        pendingExpected += `\n- ${expectedLine}`;
        printed += 2;
      } else {
        result += pendingExpected;
        pendingExpected = '';
        identical++;
        if (identical <= 2) {
          result += `\n  ${actualLine}`;
          printed++;
        }
      }
    }
    if (printed > 50 && i < maxLines - 2) {
      return `${header} ... Lines skipped\n${result}\n...${pendingExpected}\n...`;
    }
  }
  return `${header}${skipped ? ' ... Lines skipped' : ''}\n${result}${pendingExpected}${tail}${indicator}`;
}

function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    if (message == null && actual instanceof Error && expected instanceof Error && 'stack' in actual &&
        'stack' in expected) {
      // Two errors are compared and shown without their stacks: copies with the same prototype,
      // message and enumerable properties, as in Node.
      ({ actual, expected } = { actual: copyError(actual), expected: copyError(expected) });
    }
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
