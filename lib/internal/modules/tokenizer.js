'use strict';
// A JavaScript tokenizer for source rewrites that must keep every line and column (the `await`
// rewrite for async context, ES modules as functions). It knows exactly enough grammar to tell
// regular expressions from division, and template substitutions from blocks.

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

module.exports = { NAME, PUNCT, LITERAL, TEMPLATE, tokenize, skipGroup, skipTemplate };
