'use strict';
// Where, on its source line, a SyntaxError for an invalid assignment or update target points:
// the engine reports the line only, and Node underlines the target expression itself
// ("x++ = 2" under "x++", "++a++" under "a++", "-----BEGIN" under "-BEGIN"). Found by a light
// scan of the one line; undefined when the line does not show the expected shape.

const kPrefix = 'Invalid left-hand side expression in prefix operation';
const kPostfix = 'Invalid left-hand side expression in postfix operation';
const kAssignment = 'Invalid left-hand side in assignment';

const isIdentifierChar = (c) => c !== undefined && /[\w$\u0080-\uffff]/.test(c);
const isQuote = (c) => c === '\'' || c === '"' || c === '`';

// The index just past the string literal opening at `i`.
function stringEnd(text, i) {
  let j = i + 1;
  while (j < text.length && text[j] !== text[i]) j += text[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

// The index just past the bracketed group opening at `i` (strings inside skipped).
function groupEnd(text, i) {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (isQuote(c)) j = stringEnd(text, j) - 1;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return j + 1;
  }
  return text.length;
}

// The index of the opener of the group closing at `i`, or -1.
function groupStart(text, i) {
  let depth = 0;
  for (let j = i; j >= 0; j--) {
    const c = text[j];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if ((c === '(' || c === '[' || c === '{') && --depth === 0) return j;
  }
  return -1;
}

const skipSpaces = (text, i) => { while (text[i] === ' ' || text[i] === '\t') i++; return i; };
const skipSpacesBack = (text, i) => { while (text[i] === ' ' || text[i] === '\t') i--; return i; };

// The end of the unary expression starting at `i`: prefix operators, a primary (name, number,
// string, group), then member accesses, calls and one postfix update.
function unaryEnd(text, i) {
  i = skipSpaces(text, i);
  while ('+-!~'.includes(text[i]) && text[i] !== undefined) i = skipSpaces(text, i + 1);
  if (isQuote(text[i])) {
    i = stringEnd(text, i);
  } else if (text[i] === '(' || text[i] === '[' || text[i] === '{') {
    i = groupEnd(text, i);
  } else if (isIdentifierChar(text[i])) {
    while (isIdentifierChar(text[i])) i++;
  } else {
    return -1;
  }
  for (;;) {
    const next = skipSpaces(text, i);
    if (text[next] === '.' && isIdentifierChar(text[skipSpaces(text, next + 1)])) {
      i = skipSpaces(text, next + 1);
      while (isIdentifierChar(text[i])) i++;
    } else if (text[next] === '(' || text[next] === '[') {
      i = groupEnd(text, next);
    } else {
      break;
    }
  }
  const next = skipSpaces(text, i);
  if (text.startsWith('++', next) || text.startsWith('--', next)) i = next + 2;
  return i;
}

// The start of the member, call or primary expression ending at `i` (inclusive), or -1.
function postfixStart(text, i) {
  i = skipSpacesBack(text, i);
  for (;;) {
    let start;
    if (text[i] === ')' || text[i] === ']' || text[i] === '}') {
      start = groupStart(text, i);
    } else if (isQuote(text[i])) {
      start = text.lastIndexOf(text[i], i - 1);
    } else if (isIdentifierChar(text[i])) {
      start = i;
      while (isIdentifierChar(text[start - 1])) start--;
    } else {
      return -1;
    }
    if (start < 0) return -1;
    const before = skipSpacesBack(text, start - 1);
    if (text[before] === '.' || ((text[start] === '(' || text[start] === '[') &&
        (isIdentifierChar(text[before]) || text[before] === ')' || text[before] === ']'))) {
      i = text[before] === '.' ? skipSpacesBack(text, before - 1) : before;
      continue;
    }
    return start;
  }
}

// Each update operator (++ or --) and assignment `=` outside strings, in order.
function* operators(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isQuote(c)) {
      i = stringEnd(text, i) - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      return;
    } else if ((c === '+' || c === '-') && text[i + 1] === c) {
      yield { kind: 'update', at: i };
      i++;
    } else if (c === '=' && text[i + 1] !== '=' && text[i + 1] !== '>' && !'=!<>'.includes(text[i - 1] ?? ' ')) {
      yield { kind: 'assign', at: i };
    }
  }
}

const isPrefixPosition = (text, at) => {
  const before = text[skipSpacesBack(text, at - 1)];
  return !(isIdentifierChar(before) || before === ')' || before === ']' || isQuote(before));
};

// A name or a member access, which an assignment may target (a group that is an array or
// object pattern too).
function isReference(expression) {
  if (/^[[{]/.test(expression)) return true;
  if (/^\((.*)\)$/s.test(expression)) return isReference(expression.slice(1, -1).trim());
  if (/^(?:this|null|true|false|\d.*)$/.test(expression)) return false;
  return /(?:^[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*|\.\s*[\w$\u0080-\uffff]+|\])$/.test(expression) &&
    !/(?:\+\+|--)$/.test(expression);
}

function range(start, end) {
  return start >= 0 && end > start ? { column: start, width: end - start } : undefined;
}

function prefixOperand(text) {
  for (const { kind, at } of operators(text)) {
    if (kind !== 'update' || !isPrefixPosition(text, at)) continue;
    // The innermost of a run of prefix operators is the one whose operand is invalid.
    let start = at + 2;
    for (let i = skipSpaces(text, start); '+-!~'.includes(text[i]) && text[i] !== undefined; i = skipSpaces(text, i)) {
      if (text[i + 1] === text[i] && (text[i] === '+' || text[i] === '-')) {
        i += 2;
        start = i;
      } else {
        i++;
      }
    }
    start = skipSpaces(text, start);
    return range(start, unaryEnd(text, start));
  }
  return undefined;
}

function postfixOperand(text) {
  for (const { kind, at } of operators(text)) {
    if (kind !== 'update' || isPrefixPosition(text, at)) continue;
    const start = postfixStart(text, at - 1);
    return range(start, skipSpacesBack(text, at - 1) + 1);
  }
  return undefined;
}

function assignmentTarget(text) {
  for (const { kind, at } of operators(text)) {
    if (kind !== 'assign') continue;
    const end = skipSpacesBack(text, at - 1);
    let last = end;
    if (text.slice(end - 1, end + 1) === '++' || text.slice(end - 1, end + 1) === '--') last = end - 2;
    const start = postfixStart(text, last);
    if (start < 0) continue;
    if (!isReference(text.slice(start, end + 1))) return range(start, end + 1);
  }
  return undefined;
}

function invalidTargetRange(message, text) {
  if (message === kPrefix) return prefixOperand(text);
  if (message === kPostfix) return postfixOperand(text);
  if (message === kAssignment) return assignmentTarget(text);
  return undefined;
}

module.exports = { invalidTargetRange };
