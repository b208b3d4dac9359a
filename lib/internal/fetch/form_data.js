'use strict';
// FormData: an ordered list of (name, string or File) entries; multipart/form-data encoding
// for request bodies and decoding (with application/x-www-form-urlencoded) for formData().

const { Buffer } = require('buffer');
const { isBlob } = require('internal/blob');
const { File } = require('internal/file');
const { customInspect } = require('internal/util');
const { requireArguments, illegalInvocation } = require('internal/fetch/headers');

const kEntries = Symbol('kEntries');

function isFormData(value) {
  return value?.[kEntries] !== undefined;
}

function checkThis(value) {
  if (!isFormData(value)) throw illegalInvocation();
}

function usvString(value) {
  return `${value}`.toWellFormed();
}

// The entry for (name, value[, filename]): a string, or a File (a Blob becomes one named "blob").
function makeEntry(name, value, filename, argumentCount, method) {
  name = usvString(name);
  if (argumentCount > 2 && !isBlob(value)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  if (!isBlob(value)) return [name, usvString(value)];
  if (!(value instanceof File) || filename !== undefined) {
    const fileName = filename !== undefined ? usvString(filename) : value instanceof File ? value.name : 'blob';
    value = new File([value], fileName, { type: value.type, lastModified: value.lastModified });
  }
  return [name, value];
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    requireArguments(arguments.length, 2, 'FormData.append');
    this[kEntries].push(makeEntry(name, value, filename, arguments.length, 'append'));
  }

  delete(name) {
    checkThis(this);
    requireArguments(arguments.length, 1, 'FormData.delete');
    name = usvString(name);
    this[kEntries] = this[kEntries].filter((entry) => entry[0] !== name);
  }

  get(name) {
    checkThis(this);
    requireArguments(arguments.length, 1, 'FormData.get');
    name = usvString(name);
    const entry = this[kEntries].find((item) => item[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    checkThis(this);
    requireArguments(arguments.length, 1, 'FormData.getAll');
    name = usvString(name);
    return this[kEntries].filter((entry) => entry[0] === name).map((entry) => entry[1]);
  }

  has(name) {
    checkThis(this);
    requireArguments(arguments.length, 1, 'FormData.has');
    name = usvString(name);
    return this[kEntries].some((entry) => entry[0] === name);
  }

  set(name, value, filename = undefined) {
    checkThis(this);
    requireArguments(arguments.length, 2, 'FormData.set');
    const entry = makeEntry(name, value, filename, arguments.length, 'set');
    const entries = this[kEntries];
    const first = entries.findIndex((item) => item[0] === entry[0]);
    if (first === -1) {
      entries.push(entry);
      return;
    }
    this[kEntries] = entries.filter((item, index) => index <= first || item[0] !== entry[0]);
    this[kEntries][first] = entry;
  }

  * keys() {
    checkThis(this);
    for (let i = 0; i < this[kEntries].length; i++) yield this[kEntries][i][0];
  }

  * values() {
    checkThis(this);
    for (let i = 0; i < this[kEntries].length; i++) yield this[kEntries][i][1];
  }

  * entries() {
    checkThis(this);
    for (let i = 0; i < this[kEntries].length; i++) yield [this[kEntries][i][0], this[kEntries][i][1]];
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    requireArguments(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'FormData', this[kEntries].map(([name, value]) => ({ name, value })), depth, options);
  }
}

Object.defineProperty(FormData.prototype, Symbol.iterator, {
  __proto__: null, value: FormData.prototype.entries, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { __proto__: null, value: 'FormData', configurable: true });
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(FormData.prototype, name, { __proto__: null, enumerable: true });
}

function escapeName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function encodeMultipart(formData) {
  const boundary = `----formdata-apus-0${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
  const parts = [];
  for (const [name, value] of formData[kEntries]) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${head}\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`, 'utf8'));
    } else {
      head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      const { kBytes } = require('internal/blob');
      parts.push(Buffer.from(head, 'utf8'), value[kBytes], Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { bytes: new Uint8Array(Buffer.concat(parts)), boundary };
}

// A parameter of a Content-Type value, unquoted.
function contentTypeParameter(type, wanted) {
  for (const part of type.split(';').slice(1)) {
    const equals = part.indexOf('=');
    if (equals === -1 || part.slice(0, equals).trim().toLowerCase() !== wanted) continue;
    let value = part.slice(equals + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    return value;
  }
  return null;
}

function parseFormData(bytes, contentType) {
  const essence = contentType.split(';')[0].trim().toLowerCase();
  const form = new FormData();
  if (essence === 'application/x-www-form-urlencoded') {
    const { URLSearchParams } = require('internal/url');
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
    return form;
  }
  const boundary = essence === 'multipart/form-data' ? contentTypeParameter(contentType, 'boundary') : null;
  if (boundary === null) {
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  }
  parseMultipart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), boundary, form);
  return form;
}

function parseMultipart(buffer, boundary, form) {
  const failed = () => new TypeError('Failed to parse body as FormData.');
  const delimiter = Buffer.from(`--${boundary}`);
  let position = buffer.indexOf(delimiter);
  if (position === -1) throw failed();
  position += delimiter.length;
  for (;;) {
    if (buffer[position] === 45 && buffer[position + 1] === 45) return;   // "--": the last part
    if (buffer[position] !== 13 || buffer[position + 1] !== 10) throw failed();
    position += 2;
    const headEnd = buffer.indexOf('\r\n\r\n', position);
    if (headEnd === -1) throw failed();
    const head = buffer.toString('utf8', position, headEnd);
    const next = buffer.indexOf(Buffer.from(`\r\n--${boundary}`), headEnd + 4);
    if (next === -1) throw failed();
    const content = buffer.subarray(headEnd + 4, next);
    let name = null;
    let filename = null;
    let type = '';
    for (const line of head.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) throw failed();
      const field = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (field === 'content-disposition') {
        const parameters = `x;${value.slice(value.indexOf(';') + 1)}`;
        name = contentTypeParameter(parameters, 'name');
        filename = contentTypeParameter(parameters, 'filename');
      } else if (field === 'content-type') {
        type = value;
      }
    }
    if (name === null) throw failed();
    if (filename === null) form.append(name, content.toString('utf8'));
    else form.append(name, new File([content], filename, { type }));
    position = next + 2 + delimiter.length;
  }
}

module.exports = { FormData, isFormData, encodeMultipart, parseFormData };
