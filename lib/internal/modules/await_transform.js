'use strict';
// Async context across `await`. The engine has no promise hooks, so module source is rewritten:
// each `await X` becomes `__apusAsyncContext.resume(__apusAsyncContext.save(), await X)`.
// The arguments are evaluated in order, so save() runs before the function suspends and resume()
// right after it continues, putting back the async context (AsyncLocalStorage stores) it had.
// Only the operand of `await` (a unary expression) is enclosed, so the rewrite never changes what
// is awaited or what the expression computes. A rewrite the engine rejects is never used.

const kPrefix = '__apusAsyncContext.resume(__apusAsyncContext.save(), ';

const { NAME, PUNCT, LITERAL, TEMPLATE, tokenize, skipGroup, skipTemplate } = require('internal/modules/tokenizer');

const kPrefixOperators = new Set(['!', '~', '+', '-', '++', '--']);
const kPrefixKeywords = new Set(['typeof', 'void', 'delete', 'await']);

// Index of the token after the unary expression starting at `index`, or -1 when unsure.
function unaryEnd(tokens, index) {
  let i = index;
  while (i < tokens.length) {
    const token = tokens[i];
    if ((token.kind === PUNCT && kPrefixOperators.has(token.text)) ||
        (token.kind === NAME && kPrefixKeywords.has(token.text))) {
      i++;
    } else {
      break;
    }
  }
  return leftHandSideEnd(tokens, i);
}

function leftHandSideEnd(tokens, index) {
  let i = index;
  const token = tokens[i];
  if (token === undefined) return -1;
  // Primary expression.
  if (token.kind === NAME && token.text === 'new') {
    i = leftHandSideEnd(tokens, i + 1);  // new X(...)... : the callee and its chain
    return i;
  }
  if (token.kind === NAME && (token.text === 'function' || token.text === 'class' || token.text === 'async')) {
    return -1;
  }
  if (token.kind === NAME || token.kind === LITERAL) {
    i++;
  } else if (token.kind === TEMPLATE && token.text === '`') {
    i = skipTemplate(tokens, i);
  } else if (token.kind === PUNCT && (token.text === '(' || token.text === '[' || token.text === '{')) {
    i = skipGroup(tokens, i);
  } else {
    return -1;
  }
  if (i === -1) return -1;
  // Postfix chain: .x ?.x ?.[ ?.( [..] (..) `tagged`.
  while (i < tokens.length) {
    const next = tokens[i];
    if (next.kind === PUNCT && next.text === '.') {
      if (tokens[i + 1]?.kind !== NAME) return -1;
      i += 2;
    } else if (next.kind === PUNCT && next.text === '?.') {
      const after = tokens[i + 1];
      if (after?.kind === NAME) i += 2;
      else if (after?.kind === PUNCT && (after.text === '(' || after.text === '[')) i = skipGroup(tokens, i + 1);
      else return -1;
    } else if (next.kind === PUNCT && (next.text === '(' || next.text === '[')) {
      i = skipGroup(tokens, i);
    } else if (next.kind === TEMPLATE && next.text === '`') {
      i = skipTemplate(tokens, i);
    } else {
      break;
    }
    if (i === -1) return -1;
  }
  return i;
}

// `await` as the operator, not a property name, label, key or `for await`.
function isAwaitOperator(tokens, index) {
  const token = tokens[index];
  if (token.kind !== NAME || token.text !== 'await') return false;
  const before = tokens[index - 1];
  if (before?.kind === PUNCT && (before.text === '.' || before.text === '?.')) return false;
  if (before?.kind === NAME && before.text === 'for') return false;
  const after = tokens[index + 1];
  if (after === undefined) return false;
  if (after.kind === PUNCT && [':', '=', ')', ']', '}', ',', ';', '=>', '.', '?.'].includes(after.text)) return false;
  return true;
}

// The rewritten source, or the source itself when it has no `await` to rewrite.
function transformAwait(source) {
  if (!source.includes('await')) return source;
  const tokens = tokenize(source);
  if (tokens === null) return source;
  const insertions = [];   // [offset, text]
  for (let i = 0; i < tokens.length; i++) {
    if (!isAwaitOperator(tokens, i)) continue;
    const end = unaryEnd(tokens, i + 1);
    if (end === -1) return source;   // an operand this rewrite does not know: leave the module alone
    insertions.push([tokens[i].start, kPrefix], [tokens[end - 1].end, ')']);
  }
  if (insertions.length === 0) return source;
  // Stable by offset; at one offset, closing parentheses come before openings.
  insertions.sort((a, b) => a[0] - b[0] || (a[1] === ')' ? -1 : 1) - (b[1] === ')' ? -1 : 1));
  let result = '';
  let last = 0;
  for (const [offset, text] of insertions) {
    result += source.slice(last, offset) + text;
    last = offset;
  }
  return result + source.slice(last);
}

module.exports = { transformAwait };
