'use strict';
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

class File {
  constructor() { throw new ERR_NOT_IMPLEMENTED('File'); }
}

module.exports = { File };
