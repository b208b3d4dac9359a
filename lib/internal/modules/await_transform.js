'use strict';
// Async context across `await`. The engine has no promise hooks, so module source is rewritten:
// each `await X` becomes `__apusAsyncContext.resume(__apusAsyncContext.save(), await X)`.
// The arguments are evaluated in order, so save() runs before the function suspends and resume()
// right after it continues, putting back the async context (AsyncLocalStorage stores) it had.
// Only the operand of `await` (a unary expression) is enclosed, so the rewrite never changes what
// is awaited or what the expression computes. A rewrite the engine rejects is never used.

const kPrefix = '__apusAsyncContext.resume(__apusAsyncContext.save(), ';

// Token kinds.
const NAME = 0;
const PUNCT = 1;
const LITERAL = 2;   // number, string, regular expression
const TEMPLATE = 3;  // a whole template literal, substitutions included

const kKeywordsBeforeExpression = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await', 'extends',
]);

function isIdentifierChar(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 36 || code === 95 || code > 127;
}

// Whether a "/" here starts a regular expression, from the token before it.
function regexAllowed(previous) {
  if (previous === undefined) return true;
  if (previous.kind === NAME) return kKeywordsBeforeExpression.has(previous.text);
  if (previous.kind === PUNCT) return !(previous.text === ')' || previous.text === ']' || previous.text === '}');
  return false;
}

const kPunctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=',
  '|=', '^=', '<<', '>>', '**',
];

// Longest first, grouped by first character.
const kPunctuatorsByFirst = new Map();
for (const punctuator of kPunctuators) {
  const list = kPunctuatorsByFirst.get(punctuator[0]) ?? [];
  list.push(punctuator);
  kPunctuatorsByFirst.set(punctuator[0], list.sort((a, b) => b.length - a.length));
}

// Tokens of `source`, with start and end offsets; null when the text cannot be tokenized.
function tokenize(source) {
  const tokens = [];
  const length = source.length;
  let i = 0;
  // Open template substitutions: the brace depth at which each one closes.
  const templateDepths = [];
  let braceDepth = 0;
  const previous = () => tokens[tokens.length - 1];

  // Reads a template from `start` (just after "`" or "}") to its end or its next "${".
  function readTemplateChunk(start) {
    let j = start;
    while (j < length) {
      const c = source.charCodeAt(j);
      if (c === 92) { j += 2; continue; }            // backslash
      if (c === 96) return { end: j + 1, opensSubstitution: false };  // `
      if (c === 36 && source.charCodeAt(j + 1) === 123) return { end: j + 2, opensSubstitution: true };
      j++;
    }
    return null;
  }

  while (i < length) {
    const c = source.charCodeAt(i);
    // Whitespace and line terminators.
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
        c === 0x2028 || c === 0x2029) {
      i++;
      continue;
    }
    if (c === 47) {                                  // /
      const next = source.charCodeAt(i + 1);
      if (next === 47) {
        while (i < length && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i++;
        continue;
      }
      if (next === 42) {
        const end = source.indexOf('*/', i + 2);
        if (end === -1) return null;
        i = end + 2;
        continue;
      }
      if (regexAllowed(previous())) {
        let j = i + 1;
        let inClass = false;
        while (j < length) {
          const d = source.charCodeAt(j);
          if (d === 10 || d === 13) return null;
          if (d === 92) { j += 2; continue; }
          if (d === 91) inClass = true;
          else if (d === 93) inClass = false;
          else if (d === 47 && !inClass) break;
          j++;
        }
        if (j >= length) return null;
        j++;
        while (j < length && isIdentifierChar(source.charCodeAt(j))) j++;
        tokens.push({ kind: LITERAL, text: '/', start: i, end: j });
        i = j;
        continue;
      }
    }
    if (c === 34 || c === 39) {                      // " '
      let j = i + 1;
      while (j < length) {
        const d = source.charCodeAt(j);
        if (d === 92) { j += 2; continue; }
        if (d === c) break;
        if (d === 10 || d === 13) return null;
        j++;
      }
      if (j >= length) return null;
      tokens.push({ kind: LITERAL, text: '"', start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (c === 96) {                                  // `
      const chunk = readTemplateChunk(i + 1);
      if (chunk === null) return null;
      tokens.push({ kind: TEMPLATE, text: '`', start: i, end: chunk.end, opens: chunk.opensSubstitution });
      if (chunk.opensSubstitution) templateDepths.push(braceDepth);
      i = chunk.end;
      continue;
    }
    if (c === 125 && templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braceDepth) {
      // The "}" closing a substitution continues its template.
      templateDepths.pop();
      const chunk = readTemplateChunk(i + 1);
      if (chunk === null) return null;
      tokens.push({ kind: TEMPLATE, text: '}`', start: i, end: chunk.end, opens: chunk.opensSubstitution });
      if (chunk.opensSubstitution) templateDepths.push(braceDepth);
      i = chunk.end;
      continue;
    }
    if (isIdentifierChar(c) || c === 35 || c === 92) {  // names, #private, \u escapes
      let j = i + 1;
      while (j < length && (isIdentifierChar(source.charCodeAt(j)) || source.charCodeAt(j) === 92)) j++;
      const text = source.slice(i, j);
      const isNumber = c >= 48 && c <= 57;
      if (isNumber) {
        // Exponents and fractions: 1e-5, 1.5.
        while (j < length) {
          const d = source.charCodeAt(j);
          const before = source.charCodeAt(j - 1);
          if (d === 46 || isIdentifierChar(d) || ((d === 43 || d === 45) && (before === 101 || before === 69))) j++;
          else break;
        }
      }
      tokens.push({ kind: isNumber ? LITERAL : NAME, text: isNumber ? '0' : text, start: i, end: j });
      i = j;
      continue;
    }
    if (c === 46 && source.charCodeAt(i + 1) >= 48 && source.charCodeAt(i + 1) <= 57) {  // .5
      let j = i + 1;
      while (j < length && (isIdentifierChar(source.charCodeAt(j)) || source.charCodeAt(j) === 46)) j++;
      tokens.push({ kind: LITERAL, text: '0', start: i, end: j });
      i = j;
      continue;
    }
    let text = source[i];
    const candidates = kPunctuatorsByFirst.get(text);
    if (candidates !== undefined) {
      for (const punctuator of candidates) {
        if (source.startsWith(punctuator, i)) {
          text = punctuator;
          break;
        }
      }
    }
    // "?." followed by a digit is "?" then a number.
    if (text === '?.' && source.charCodeAt(i + 2) >= 48 && source.charCodeAt(i + 2) <= 57) text = '?';
    if (text === '{') braceDepth++;
    else if (text === '}') braceDepth--;
    tokens.push({ kind: PUNCT, text, start: i, end: i + text.length });
    i += text.length;
  }
  if (templateDepths.length > 0) return null;
  return tokens;
}

const kOpenToClose = { '(': ')', '[': ']', '{': '}' };

// Index of the token after the bracket group opening at `index`, or -1.
function skipGroup(tokens, index) {
  const open = tokens[index].text;
  const close = kOpenToClose[open];
  let depth = 0;
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === TEMPLATE) {
      // A template chunk that opens a substitution is a bracket of its own.
      if (token.text === '`' && token.opens) depth++;
      else if (token.text === '}`' && !token.opens) depth--;
      continue;
    }
    if (token.kind !== PUNCT) continue;
    if (token.text === open) depth++;
    else if (token.text === close && --depth === 0) return i + 1;
  }
  return -1;
}

// Index of the token after a template starting at `index` (all its substitutions included).
function skipTemplate(tokens, index) {
  if (!tokens[index].opens) return index + 1;
  let depth = 0;
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== TEMPLATE) continue;
    if (token.text === '`' && token.opens) depth++;
    else if (token.text === '}`' && !token.opens && --depth === 0) return i + 1;
  }
  return -1;
}

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

module.exports = { transformAwait, tokenize };
