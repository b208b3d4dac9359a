'use strict';
// Character helpers for line editing: code-point lengths around the cursor.

const kEscape = '\x1b';

// UTF-16 units of the character starting at i (2 for a surrogate pair).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// UTF-16 units of the character ending just before i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

module.exports = { charLengthAt, charLengthLeft, kEscape };
