'use strict';
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

class Blob {
  constructor() { throw new ERR_NOT_IMPLEMENTED('Blob'); }
}

function resolveObjectURL() { throw new ERR_NOT_IMPLEMENTED('buffer.resolveObjectURL()'); }

module.exports = { Blob, resolveObjectURL };
