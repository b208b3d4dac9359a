'use strict';
// What the http client and server share: the message parser and the token rules.

const { HTTPParser, kRequest, kResponse, kMethods: methods, isHttpToken } = require('internal/http/parser');


// Header values: tab, visible ASCII and obs-text only.
const invalidHeaderCharPattern = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return invalidHeaderCharPattern.test(value);
}

const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: isHttpToken,
  chunkExpression,
  continueExpression,
  CRLF: '\r\n',
  HTTPParser,
  kRequest,
  kResponse,
  methods: methods.toSorted(),
};
