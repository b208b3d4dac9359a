'use strict';
// File: a Blob with a name and a modification time.

const { Blob } = require('internal/blob');
const { codes: { ERR_INVALID_THIS, ERR_MISSING_ARGS } } = require('internal/errors');
const { validateDictionary } = require('internal/validators');

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    validateDictionary(options, 'options');
    let lastModified = options?.lastModified;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (this[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (this[kName] === undefined) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const fields = { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified };
    return require('internal/util').customInspect(this, 'File', fields, depth, options);
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true, writable: false, enumerable: false,
});

module.exports = { File };
