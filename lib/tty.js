'use strict';

const { guessHandleType } = internalBinding('fs');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && guessHandleType(fd) === 'TTY';
}

class ReadStream {
  constructor() { throw new ERR_NOT_IMPLEMENTED('tty.ReadStream'); }
}

class WriteStream {
  constructor() { throw new ERR_NOT_IMPLEMENTED('tty.WriteStream'); }
}

module.exports = { isatty, ReadStream, WriteStream };
