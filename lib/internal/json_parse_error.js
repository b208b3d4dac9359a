'use strict';
// The message V8 gives for text JSON.parse rejects, found by reading the text the way V8's
// parser does up to its first error: the engine's own messages ("JSON Parse error: ...") differ,
// and programs and tests match Node's.

const kContext = 10;   // characters shown on each side of an unexpected token in long text

function isWhitespace(code) { return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d; }
function isDigit(code) { return code >= 0x30 && code <= 0x39; }
function isHex(code) { return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66); }

class Found {
  constructor(message) { this.message = message; }
}

function jsonParseErrorMessage(text) {
  if (text === 'undefined' || text === 'NaN' || text === 'Infinity' || text === '[object Object]') {
    return `"${text}" is not valid JSON`;
  }
  let pos = 0;
  const length = text.length;
  const fail = (message) => { throw new Found(message); };
  const at = (message) => fail(`${message} in JSON at position ${pos}`);
  const endOfInput = () => fail('Unexpected end of JSON input');
  const unexpectedToken = () => {
    const token = text[pos];
    let context;
    if (length <= 2 * kContext) {
      context = `"${text}"`;
    } else {
      const start = Math.max(0, pos - kContext);
      const end = Math.min(length, pos + kContext);
      context = `${start > 0 ? '...' : ''}"${text.slice(start, end)}"${end < length ? '...' : ''}`;
    }
    fail(`Unexpected token '${token}', ${context} is not valid JSON`);
  };
  const skipWhitespace = () => { while (pos < length && isWhitespace(text.charCodeAt(pos))) pos++; };

  function string() {
    pos++;   // the opening quote
    for (;;) {
      if (pos >= length) at('Unterminated string');
      const code = text.charCodeAt(pos);
      if (code === 0x22) { pos++; return; }
      if (code < 0x20) at('Bad control character in string literal');
      if (code === 0x5c) {
        pos++;
        if (pos >= length) endOfInput();
        const escape = text[pos];
        if (escape === 'u') {
          for (let i = 1; i <= 4; i++) {
            pos++;
            if (pos >= length || !isHex(text.charCodeAt(pos))) at('Bad Unicode escape');
          }
        } else if (!'"\\/bfnrt'.includes(escape)) {
          at('Bad escaped character');
        }
      }
      pos++;
    }
  }

  function number() {
    if (text.charCodeAt(pos) === 0x2d) {
      pos++;
      if (pos >= length || !isDigit(text.charCodeAt(pos))) at('No number after minus sign');
    }
    if (text.charCodeAt(pos) === 0x30) {
      pos++;
      if (pos < length && isDigit(text.charCodeAt(pos))) at('Unexpected number');
    } else {
      while (pos < length && isDigit(text.charCodeAt(pos))) pos++;
    }
    if (text.charCodeAt(pos) === 0x2e) {
      pos++;
      if (pos >= length || !isDigit(text.charCodeAt(pos))) at('Unterminated fractional number');
      while (pos < length && isDigit(text.charCodeAt(pos))) pos++;
    }
    const e = text.charCodeAt(pos);
    if (e === 0x65 || e === 0x45) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 0x2b || sign === 0x2d) pos++;
      if (pos >= length || !isDigit(text.charCodeAt(pos))) at('Exponent part is missing a number');
      while (pos < length && isDigit(text.charCodeAt(pos))) pos++;
    }
  }

  function literal(word) {
    for (let i = 0; i < word.length; i++, pos++) {
      if (pos >= length) endOfInput();
      if (text[pos] !== word[i]) unexpectedToken();
    }
  }

  function value() {
    skipWhitespace();
    if (pos >= length) endOfInput();
    const code = text.charCodeAt(pos);
    if (code === 0x22) return string();
    if (code === 0x2d || isDigit(code)) return number();
    if (code === 0x7b) return object();
    if (code === 0x5b) return array();
    if (code === 0x74) return literal('true');
    if (code === 0x66) return literal('false');
    if (code === 0x6e) return literal('null');
    unexpectedToken();
  }

  function object() {
    pos++;
    skipWhitespace();
    if (text.charCodeAt(pos) === 0x7d) { pos++; return; }
    if (text.charCodeAt(pos) !== 0x22) at("Expected property name or '}'");
    for (;;) {
      string();
      skipWhitespace();
      if (text.charCodeAt(pos) !== 0x3a) at("Expected ':' after property name");
      pos++;
      value();
      skipWhitespace();
      const next = text.charCodeAt(pos);
      if (next === 0x7d) { pos++; return; }
      if (next !== 0x2c) at("Expected ',' or '}' after property value");
      pos++;
      skipWhitespace();
      if (text.charCodeAt(pos) !== 0x22) at('Expected double-quoted property name');
    }
  }

  function array() {
    pos++;
    skipWhitespace();
    if (text.charCodeAt(pos) === 0x5d) { pos++; return; }
    for (;;) {
      value();
      skipWhitespace();
      const next = text.charCodeAt(pos);
      if (next === 0x5d) { pos++; return; }
      if (next !== 0x2c) at("Expected ',' or ']' after array element");
      pos++;
    }
  }

  try {
    value();
    skipWhitespace();
    if (pos < length) fail(`Unexpected non-whitespace character after JSON at position ${pos}`);
  } catch (found) {
    if (found instanceof Found) return found.message;
    throw found;
  }
  return undefined;   // valid after all: the engine's message stands
}

module.exports = { jsonParseErrorMessage };
