'use strict';
// v8.Serializer and v8.Deserializer: values to and from the byte format V8's ValueSerializer
// writes (wire format version 15), so that data serialized by Node reads back here and the
// other way round. The classes keep their state under one symbol; subclasses (Node's
// DefaultSerializer) provide _writeHostObject/_readHostObject for the objects written as host
// objects (typed arrays and DataViews, when _setTreatArrayBufferViewsAsHostObjects(true)).

const types = require('internal/util/types');
const { getCellType, exclusiveKindByte } = require('internal/util/cell_kinds');
const { latin1Slice, utf16leSlice } = require('internal/buffer_encoding');
const { ownNonIndexKeys } = require('internal/util/own_keys');
const { codedError } = require('internal/errors');

// The argument errors of the serializer classes: as Node raises them from native code.
const invalidArgument = (message) => codedError(TypeError, 'ERR_INVALID_ARG_TYPE', message);

const kLatestVersion = 15;
const kState = Symbol('kState');

// Tags of the format.
const T = {
  version: 0xff, padding: 0x00, verifyObjectCount: 0x3f /* ? */, theHole: 0x2d /* - */,
  undefined: 0x5f /* _ */, null: 0x30 /* 0 */, true: 0x54 /* T */, false: 0x46 /* F */,
  int32: 0x49 /* I */, uint32: 0x55 /* U */, double: 0x4e /* N */, bigInt: 0x5a /* Z */,
  utf8String: 0x53 /* S */, oneByteString: 0x22 /* " */, twoByteString: 0x63 /* c */,
  objectReference: 0x5e /* ^ */, beginObject: 0x6f /* o */, endObject: 0x7b /* { */,
  beginSparseArray: 0x61 /* a */, endSparseArray: 0x40 /* @ */, beginDenseArray: 0x41 /* A */,
  endDenseArray: 0x24 /* $ */, date: 0x44 /* D */, trueObject: 0x79 /* y */, falseObject: 0x78 /* x */,
  numberObject: 0x6e /* n */, bigIntObject: 0x7a /* z */, stringObject: 0x73 /* s */, regExp: 0x52 /* R */,
  beginMap: 0x3b /* ; */, endMap: 0x3a /* : */, beginSet: 0x27 /* ' */, endSet: 0x2c /* , */,
  arrayBuffer: 0x42 /* B */, resizableArrayBuffer: 0x7e /* ~ */, arrayBufferTransfer: 0x74 /* t */,
  arrayBufferView: 0x56 /* V */, sharedArrayBuffer: 0x75 /* u */, hostObject: 0x5c /* \ */, error: 0x72 /* r */,
};
// Error sub-tags: the prototype, the message, the stack, the cause, the end.
const kErrorPrototypes = { E: EvalError, R: RangeError, F: ReferenceError, S: SyntaxError, T: TypeError, U: URIError };
const kErrorTags = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55 };
const kErrorMessage = 0x6d; // m
const kErrorStack = 0x73;   // s
const kErrorCause = 0x63;   // c
const kErrorEnd = 0x2e;     // .
// ArrayBufferView sub-tags, by the view's [Symbol.toStringTag].
const kViewTags = {
  Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77, Uint16Array: 0x57,
  Int32Array: 0x64, Uint32Array: 0x44, Float32Array: 0x66, Float64Array: 0x46, BigInt64Array: 0x71,
  BigUint64Array: 0x51, DataView: 0x3f,
};
const kViewsByTag = new Map(Object.entries(kViewTags).map(([name, tag]) => [tag, globalThis[name]]));
const kRegExpFlags = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const viewName = (view) => typedArrayTag.call(view) ?? 'DataView';

// The engine's cell kinds of plain objects and arrays (not proxies), told in one native read.
let plainByte;
let arrayByte;
const plainKind = () => (plainByte ??= exclusiveKindByte('plain'));
const arrayKind = () => (arrayByte ??= exclusiveKindByte('array'));

function dataCloneError(serializer, message) {
  const ErrorClass = serializer._getDataCloneError;
  return new ErrorClass(message);
}

// How V8 names a value that cannot be cloned: a function by its source, an object as
// "#<Constructor>".
function describeUncloneable(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (types.isProxy(value)) return '#<Object>';
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
}

// Array index keys ("0" to "4294967294"): only keys starting with a digit need the full test.
const isArrayIndexKey = (key) => {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
};
const isInt32 = (value) => Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 && !Object.is(value, -0);

class Serializer {
  constructor() {
    this[kState] = { bytes: new Uint8Array(64), length: 0, ids: new Map(), nextId: 0, transfers: new Map(), viewsAsHost: false };
  }

  writeHeader() {
    writeByte(this[kState], T.version);
    writeVarint(this[kState], kLatestVersion);
  }

  writeValue(value) {
    writeValue(this, value);
    return true;
  }

  releaseBuffer() {
    const state = this[kState];
    const { Buffer } = require('buffer');
    const out = Buffer.allocUnsafeSlow(state.length);
    out.set(state.bytes.subarray(0, state.length));
    state.bytes = new Uint8Array(64);
    state.length = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer)) {
      throw invalidArgument('arrayBuffer must be an ArrayBuffer');
    }
    this[kState].transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) { writeVarint(this[kState], Number(value) >>> 0); }

  writeUint64(hi, lo) {
    writeBigVarint(this[kState], (BigInt(Number(hi) >>> 0) << 32n) | BigInt(Number(lo) >>> 0));
  }

  writeDouble(value) { writeDouble(this[kState], Number(value)); }

  writeRawBytes(source) {
    if (!types.isArrayBufferView(source)) throw invalidArgument('source must be a TypedArray or a DataView');
    writeBytes(this[kState], new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) { this[kState].viewsAsHost = Boolean(flag); }
}
Serializer.prototype._getDataCloneError = Error;

// --- Writing ---------------------------------------------------------------------------------

function reserve(state, count) {
  if (state.length + count <= state.bytes.length) return;
  const grown = new Uint8Array(Math.max(state.bytes.length * 2, state.length + count));
  grown.set(state.bytes.subarray(0, state.length));
  state.bytes = grown;
}

function writeByte(state, byte) {
  if (state.length === state.bytes.length) reserve(state, 1);
  state.bytes[state.length++] = byte;
}

function writeBytes(state, bytes) {
  reserve(state, bytes.length);
  state.bytes.set(bytes, state.length);
  state.length += bytes.length;
}

const varintLength = (value) => { let n = 1; while (value >= 0x80) { value = Math.floor(value / 128); n++; } return n; };

function writeVarint(state, value) {
  if (value < 0x80) {
    if (state.length === state.bytes.length) reserve(state, 1);
    state.bytes[state.length++] = value;
    return;
  }
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    writeByte(state, byte);
  } while (value > 0);
}

function writeBigVarint(state, value) {
  do {
    let byte = Number(value & 0x7fn);
    value >>= 7n;
    if (value > 0n) byte |= 0x80;
    writeByte(state, byte);
  } while (value > 0n);
}

function writeZigZag(state, value) { writeVarint(state, value >= 0 ? value * 2 : -value * 2 - 1); }

const doubleView = new DataView(new ArrayBuffer(8));
function writeDouble(state, value) {
  doubleView.setFloat64(0, value, true);
  writeBytes(state, new Uint8Array(doubleView.buffer));
}

// A BigInt's body: a bitfield (sign, then the byte length of its digits) and its 64-bit digits,
// least significant first.
function writeBigIntBody(state, value) {
  const negative = value < 0n;
  let magnitude = negative ? -value : value;
  const digits = [];
  while (magnitude > 0n) {
    digits.push(magnitude & 0xffffffffffffffffn);
    magnitude >>= 64n;
  }
  writeVarint(state, digits.length * 8 * 2 + (negative ? 1 : 0));
  const word = new DataView(new ArrayBuffer(8));
  for (const digit of digits) {
    word.setBigUint64(0, digit, true);
    writeBytes(state, new Uint8Array(word.buffer));
  }
}

// A string: one byte per character when every one fits, else UTF-16 starting at an even offset
// (a padding tag first when needed), as V8 lays it out.
function writeString(state, string) {
  // Written as one byte per character, in one pass; rewound and written again as UTF-16 at the
  // first character that does not fit.
  const start = state.length;
  const length = string.length;
  reserve(state, length + 6);
  const bytes = state.bytes;
  bytes[state.length++] = T.oneByteString;
  writeVarint(state, length);
  let position = state.length;
  let i = 0;
  for (; i < length; i++) {
    const unit = string.charCodeAt(i);
    if (unit > 0xff) break;
    bytes[position++] = unit;
  }
  if (i === length) {
    state.length = position;
    return;
  }
  state.length = start;
  const byteLength = string.length * 2;
  if ((state.length + 1 + varintLength(byteLength)) % 2 === 1) writeByte(state, T.padding);
  writeByte(state, T.twoByteString);
  writeVarint(state, byteLength);
  reserve(state, byteLength);
  for (let i = 0; i < string.length; i++) {
    const unit = string.charCodeAt(i);
    state.bytes[state.length++] = unit & 0xff;
    state.bytes[state.length++] = unit >> 8;
  }
}

function writeNumber(state, value) {
  if (isInt32(value)) {
    writeByte(state, T.int32);
    writeZigZag(state, value);
  } else {
    writeByte(state, T.double);
    writeDouble(state, value);
  }
}

function writeValue(serializer, value) {
  const state = serializer[kState];
  switch (typeof value) {
    case 'undefined': return writeByte(state, T.undefined);
    case 'boolean': return writeByte(state, value ? T.true : T.false);
    case 'number': return writeNumber(state, value);
    case 'bigint':
      writeByte(state, T.bigInt);
      return writeBigIntBody(state, value);
    case 'string': return writeString(state, value);
    case 'symbol':
    case 'function':
      throw dataCloneError(serializer, `${describeUncloneable(value)} could not be cloned.`);
  }
  if (value === null) return writeByte(state, T.null);
  const kind = getCellType(value);
  // A view's buffer is written before the view, and takes its id first.
  if (kind !== plainKind() && kind !== arrayKind() && types.isArrayBufferView(value) && !state.ids.has(value) &&
      !state.viewsAsHost) {
    writeReceiver(serializer, value.buffer, getCellType(value.buffer));
  }
  writeReceiver(serializer, value, kind);
}

function writeReceiver(serializer, value, kind) {
  const state = serializer[kState];
  const id = state.ids.get(value);
  if (id !== undefined) {
    writeByte(state, T.objectReference);
    return writeVarint(state, id);
  }
  state.ids.set(value, state.nextId++);
  if (kind === plainKind()) return writeObjectProperties(serializer, value);
  if (kind === arrayKind()) return writeArray(serializer, value);
  if (types.isDate(value)) {
    writeByte(state, T.date);
    return writeDouble(state, Date.prototype.getTime.call(value));
  }
  if (types.isRegExp(value)) {
    writeByte(state, T.regExp);
    writeString(state, value.source);
    let flags = 0;
    for (const flag of value.flags) flags |= kRegExpFlags[flag] ?? 0;
    return writeVarint(state, flags);
  }
  if (types.isBooleanObject(value)) return writeByte(state, Boolean.prototype.valueOf.call(value) ? T.trueObject : T.falseObject);
  if (types.isNumberObject(value)) {
    writeByte(state, T.numberObject);
    return writeDouble(state, Number.prototype.valueOf.call(value));
  }
  if (types.isBigIntObject(value)) {
    writeByte(state, T.bigIntObject);
    return writeBigIntBody(state, BigInt.prototype.valueOf.call(value));
  }
  if (types.isStringObject(value)) {
    writeByte(state, T.stringObject);
    return writeString(state, String.prototype.valueOf.call(value));
  }
  if (types.isMap(value)) {
    const entries = [...Map.prototype.entries.call(value)];
    writeByte(state, T.beginMap);
    for (const [key, entry] of entries) {
      writeValue(serializer, key);
      writeValue(serializer, entry);
    }
    writeByte(state, T.endMap);
    return writeVarint(state, entries.length * 2);
  }
  if (types.isSet(value)) {
    const items = [...Set.prototype.values.call(value)];
    writeByte(state, T.beginSet);
    for (const item of items) writeValue(serializer, item);
    writeByte(state, T.endSet);
    return writeVarint(state, items.length);
  }
  if (types.isAnyArrayBuffer(value)) return writeArrayBuffer(serializer, value);
  if (types.isArrayBufferView(value)) {
    if (state.viewsAsHost) return writeHostObject(serializer, value);
    writeByte(state, T.arrayBufferView);
    writeByte(state, kViewTags[viewName(value)]);
    writeVarint(state, value.byteOffset);
    writeVarint(state, value.byteLength);
    return writeVarint(state, 0);   // flags
  }
  if (types.isNativeError(value)) return writeError(serializer, value);
  if (types.isProxy(value) || types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
      types.isSymbolObject(value) || typeof value === 'function' || types.isGeneratorObject(value) ||
      types.isMapIterator(value) || types.isSetIterator(value) || types.isModuleNamespaceObject(value)) {
    throw dataCloneError(serializer, `${describeUncloneable(value)} could not be cloned.`);
  }
  return writeObjectProperties(serializer, value);
}

// An object's own enumerable string-keyed properties, index keys as numbers.
function writeProperties(serializer, value, keys) {
  const state = serializer[kState];
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const property = value[key];
    // A property a getter deleted meanwhile is left out, as V8 does; only a property that now
    // reads undefined can be one.
    if (property === undefined && !Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (isArrayIndexKey(key)) writeNumber(state, Number(key));
    else writeString(state, key);
    writeValue(serializer, property);
    count++;
  }
  return count;
}

function writeObjectProperties(serializer, value) {
  const state = serializer[kState];
  writeByte(state, T.beginObject);
  const count = writeProperties(serializer, value, Object.keys(value));
  writeByte(state, T.endObject);
  writeVarint(state, count);
}

// An array with every element present is written dense, elements then other properties; one
// with holes sparse, as key/value pairs.
function writeArray(serializer, array) {
  const state = serializer[kState];
  const length = array.length;
  let dense = true;
  for (let i = 0; i < length; i++) {
    if (!(i in array)) {
      dense = false;
      break;
    }
  }
  if (dense) {
    writeByte(state, T.beginDenseArray);
    writeVarint(state, length);
    for (let i = 0; i < length; i++) writeValue(serializer, array[i]);
    // The array's other properties, found without listing a large array's indices.
    const keys = ownNonIndexKeys(array, false, true, true);
    const count = keys.length > 0 ? writeProperties(serializer, array, keys) : 0;
    writeByte(state, T.endDenseArray);
    writeVarint(state, count);
    return writeVarint(state, length);
  }
  writeByte(state, T.beginSparseArray);
  writeVarint(state, length);
  const count = writeProperties(serializer, array, Object.keys(array));
  writeByte(state, T.endSparseArray);
  writeVarint(state, count);
  writeVarint(state, length);
}

function writeArrayBuffer(serializer, buffer) {
  const state = serializer[kState];
  const transferId = state.transfers.get(buffer);
  if (transferId !== undefined) {
    writeByte(state, T.arrayBufferTransfer);
    return writeVarint(state, transferId);
  }
  if (types.isSharedArrayBuffer(buffer)) {
    throw dataCloneError(serializer, `${describeUncloneable(buffer)} could not be cloned.`);
  }
  writeByte(state, T.arrayBuffer);
  writeVarint(state, buffer.byteLength);
  writeBytes(state, new Uint8Array(buffer));
}

function writeHostObject(serializer, value) {
  writeByte(serializer[kState], T.hostObject);
  if (typeof serializer._writeHostObject !== 'function') {
    throw dataCloneError(serializer, `Unserializable host object: ${describeUncloneable(value)}`);
  }
  serializer._writeHostObject(value);
}

function writeError(serializer, error) {
  const state = serializer[kState];
  writeByte(state, T.error);
  const prototypeTag = kErrorTags[error.name];
  if (prototypeTag !== undefined) writeByte(state, prototypeTag);
  const message = Object.getOwnPropertyDescriptor(error, 'message');
  if (message !== undefined && 'value' in message) {
    writeByte(state, kErrorMessage);
    writeString(state, `${message.value}`);
  }
  if (Object.prototype.hasOwnProperty.call(error, 'cause')) {
    writeByte(state, kErrorCause);
    writeValue(serializer, error.cause);
  }
  const stack = error.stack;
  if (typeof stack === 'string') {
    writeByte(state, kErrorStack);
    writeString(state, stack);
  }
  writeByte(state, kErrorEnd);
}

// --- Reading ---------------------------------------------------------------------------------

class Deserializer {
  constructor(buffer) {
    if (!types.isArrayBufferView(buffer)) throw invalidArgument('buffer must be a TypedArray or a DataView');
    this.buffer = buffer;
    this[kState] = {
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
      position: 0, version: 0, ids: [], transfers: new Map(),
    };
  }

  readHeader() {
    const state = this[kState];
    if (state.bytes[state.position] !== T.version) throw unsupportedVersion();
    state.position++;
    state.version = readVarint(state);
    if (state.version > kLatestVersion || state.version < 13) throw unsupportedVersion();
    return true;
  }

  readValue() {
    try {
      return readValue(this);
    } catch (error) {
      if (error === kMalformed) throw malformed();
      throw error;
    }
  }

  getWireFormatVersion() { return this[kState].version; }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer) && !types.isArrayBufferView(arrayBuffer)) {
      throw invalidArgument('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this[kState].transfers.set(id >>> 0, types.isArrayBufferView(arrayBuffer) ? arrayBuffer.buffer : arrayBuffer);
  }

  readUint32() { return checked(() => readVarint(this[kState]) >>> 0); }

  readUint64() {
    const value = checked(() => readBigVarint(this[kState]));
    return [Number((value >> 32n) & 0xffffffffn), Number(value & 0xffffffffn)];
  }

  readDouble() { return checked(() => readDouble(this[kState])); }

  // The offset, in `buffer`, of the next `length` raw bytes, which are then skipped.
  _readRawBytes(length) {
    const state = this[kState];
    length = Number(length);
    if (!(length >= 0) || state.position + length > state.bytes.length) throw malformed();
    const offset = state.position;
    state.position += length;
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const { Buffer } = require('buffer');
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, Number(length));
  }
}

const kMalformed = Symbol('kMalformed');
const malformed = () => new Error('Unable to deserialize cloned data.');
const unsupportedVersion = () => new Error('Unable to deserialize cloned data due to invalid or unsupported version.');

function checked(read) {
  try {
    return read();
  } catch (error) {
    if (error === kMalformed) throw malformed();
    throw error;
  }
}

function readByte(state) {
  if (state.position >= state.bytes.length) throw kMalformed;
  return state.bytes[state.position++];
}

function peekByte(state) { return state.bytes[state.position]; }

function readVarint(state) {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = readByte(state);
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return value;
    scale *= 128;
    if (scale > 2 ** 63) throw kMalformed;
  }
}

function readBigVarint(state) {
  let value = 0n;
  let shift = 0n;
  for (;;) {
    const byte = readByte(state);
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return value;
    shift += 7n;
    if (shift > 70n) throw kMalformed;
  }
}

function readZigZag(state) {
  const encoded = readVarint(state);
  return encoded % 2 === 0 ? encoded / 2 : -(encoded + 1) / 2;
}

function readSlice(state, length) {
  if (state.position + length > state.bytes.length) throw kMalformed;
  const slice = state.bytes.subarray(state.position, state.position + length);
  state.position += length;
  return slice;
}

function readDouble(state) {
  const bytes = readSlice(state, 8);
  for (let i = 0; i < 8; i++) doubleView.setUint8(i, bytes[i]);
  return doubleView.getFloat64(0, true);
}

function readBigIntBody(state) {
  const bitfield = readVarint(state);
  const byteLength = Math.floor(bitfield / 2);
  if (byteLength % 8 !== 0) throw kMalformed;
  const bytes = readSlice(state, byteLength);
  let value = 0n;
  for (let i = byteLength - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]);
  return bitfield % 2 === 1 ? -value : value;
}

function readOneByteString(state) {
  const length = readVarint(state);
  const start = state.position;
  if (start + length > state.bytes.length) throw kMalformed;
  state.position += length;
  return latin1Slice(state.bytes, start, start + length);
}

function readTwoByteString(state) {
  const length = readVarint(state);
  const start = state.position;
  if (length % 2 !== 0 || start + length > state.bytes.length) throw kMalformed;
  state.position += length;
  return utf16leSlice(state.bytes, start, start + length);
}

function readUtf8String(state) {
  const bytes = readSlice(state, readVarint(state));
  return require('buffer').Buffer.from(bytes).toString('utf8');
}

// The next string (a property key or a RegExp source), skipping padding.
function readString(state) {
  let tag = readByte(state);
  while (tag === T.padding) tag = readByte(state);
  if (tag === T.oneByteString) return readOneByteString(state);
  if (tag === T.twoByteString) return readTwoByteString(state);
  if (tag === T.utf8String) return readUtf8String(state);
  throw kMalformed;
}

function remember(state, value) {
  state.ids.push(value);
  return value;
}

function readValue(deserializer) {
  const state = deserializer[kState];
  const value = readValueWithoutViews(deserializer);
  // An ArrayBuffer may be followed by a view onto it.
  if (peekByte(state) === T.arrayBufferView && typeof value === 'object' && value !== null && types.isAnyArrayBuffer(value)) {
    state.position++;
    return readView(state, value);
  }
  return value;
}

function readValueWithoutViews(deserializer) {
  const state = deserializer[kState];
  const tag = readByte(state);
  switch (tag) {
    case T.padding: return readValueWithoutViews(deserializer);
    case T.verifyObjectCount:
      readVarint(state);
      return readValueWithoutViews(deserializer);
    case T.undefined: return undefined;
    case T.null: return null;
    case T.true: return true;
    case T.false: return false;
    case T.int32: return readZigZag(state);
    case T.uint32: return readVarint(state) >>> 0;
    case T.double: return readDouble(state);
    case T.bigInt: return readBigIntBody(state);
    case T.utf8String: return readUtf8String(state);
    case T.oneByteString: return readOneByteString(state);
    case T.twoByteString: return readTwoByteString(state);
    case T.objectReference: {
      const id = readVarint(state);
      if (id >= state.ids.length) throw kMalformed;
      return state.ids[id];
    }
    case T.beginObject: {
      const object = remember(state, {});
      readProperties(deserializer, object, T.endObject);
      return object;
    }
    case T.beginSparseArray: {
      const length = readVarint(state);
      if (length > 4294967295) throw kMalformed;
      const array = remember(state, new Array(length));
      readProperties(deserializer, array, T.endSparseArray);
      readVarint(state);
      return array;
    }
    case T.beginDenseArray: {
      const length = readVarint(state);
      // Every element takes at least a byte.
      if (length > state.bytes.length - state.position) throw kMalformed;
      const array = remember(state, new Array(length));
      for (let i = 0; i < length; i++) {
        if (peekByte(state) === T.theHole) {
          state.position++;
          continue;
        }
        array[i] = readValue(deserializer);
      }
      readProperties(deserializer, array, T.endDenseArray);
      readVarint(state);
      return array;
    }
    case T.date: return remember(state, new Date(readDouble(state)));
    case T.trueObject: return remember(state, Object(true));
    case T.falseObject: return remember(state, Object(false));
    case T.numberObject: return remember(state, Object(readDouble(state)));
    case T.bigIntObject: return remember(state, Object(readBigIntBody(state)));
    case T.stringObject: return remember(state, Object(readString(state)));
    case T.regExp: {
      const source = readString(state);
      const bits = readVarint(state);
      let flags = '';
      for (const [flag, bit] of Object.entries(kRegExpFlags)) if (bits & bit) flags += flag;
      let regExp;
      try {
        regExp = new RegExp(source, flags);
      } catch {
        throw kMalformed;
      }
      return remember(state, regExp);
    }
    case T.beginMap: {
      const map = remember(state, new Map());
      let count = 0;
      while (peekByte(state) !== T.endMap) {
        map.set(readValue(deserializer), readValue(deserializer));
        count += 2;
      }
      state.position++;
      if (readVarint(state) !== count) throw kMalformed;
      return map;
    }
    case T.beginSet: {
      const set = remember(state, new Set());
      let count = 0;
      while (peekByte(state) !== T.endSet) {
        set.add(readValue(deserializer));
        count++;
      }
      state.position++;
      if (readVarint(state) !== count) throw kMalformed;
      return set;
    }
    case T.arrayBuffer: {
      const length = readVarint(state);
      const bytes = readSlice(state, length);
      const buffer = new ArrayBuffer(length);
      new Uint8Array(buffer).set(bytes);
      return remember(state, buffer);
    }
    case T.resizableArrayBuffer: {
      const length = readVarint(state);
      readVarint(state);   // maximum length
      const buffer = new ArrayBuffer(length);
      new Uint8Array(buffer).set(readSlice(state, length));
      return remember(state, buffer);
    }
    case T.arrayBufferTransfer: {
      const buffer = state.transfers.get(readVarint(state));
      if (buffer === undefined) throw kMalformed;
      return remember(state, buffer);
    }
    case T.error: return readError(deserializer);
    case T.hostObject: {
      if (typeof deserializer._readHostObject !== 'function') throw kMalformed;
      const id = state.ids.length;
      state.ids.push(undefined);
      const value = deserializer._readHostObject();
      state.ids[id] = value;
      return value;
    }
    default:
      throw kMalformed;
  }
}

function readView(state, buffer) {
  const View = kViewsByTag.get(readByte(state));
  const byteOffset = readVarint(state);
  const byteLength = readVarint(state);
  if (state.version >= 14) readVarint(state);   // flags
  if (View === undefined || byteOffset + byteLength > buffer.byteLength) throw kMalformed;
  const size = View.BYTES_PER_ELEMENT ?? 1;
  if (byteOffset % size !== 0 || byteLength % size !== 0) throw kMalformed;
  return remember(state, View === DataView ? new DataView(buffer, byteOffset, byteLength) :
    new View(buffer, byteOffset, byteLength / size));
}

function readProperties(deserializer, target, endTag) {
  const state = deserializer[kState];
  let count = 0;
  for (;;) {
    while (peekByte(state) === T.padding) state.position++;
    if (peekByte(state) === endTag) {
      state.position++;
      break;
    }
    const key = readValue(deserializer);
    if (typeof key !== 'string' && typeof key !== 'number') throw kMalformed;
    const value = readValue(deserializer);
    // Plain assignment makes the same data property on these fresh objects and arrays, faster;
    // "__proto__" would set the prototype instead.
    if (key === '__proto__') {
      Object.defineProperty(target, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    } else {
      target[key] = value;
    }
    count++;
  }
  if (readVarint(state) !== count) throw kMalformed;
}

function readError(deserializer) {
  const state = deserializer[kState];
  const id = state.ids.length;
  state.ids.push(undefined);
  let Constructor = Error;
  let message;
  let stack;
  let hasCause = false;
  let cause;
  for (;;) {
    const tag = readByte(state);
    if (tag === kErrorEnd) break;
    const prototype = kErrorPrototypes[String.fromCharCode(tag)];
    if (prototype !== undefined) Constructor = prototype;
    else if (tag === kErrorMessage) message = readString(state);
    else if (tag === kErrorStack) stack = readString(state);
    else if (tag === kErrorCause) {
      hasCause = true;
      cause = readValue(deserializer);
    } else {
      throw kMalformed;
    }
  }
  const error = message === undefined ? new Constructor() : new Constructor(message);
  if (stack !== undefined) {
    Object.defineProperty(error, 'stack', { __proto__: null, value: stack, writable: true, enumerable: false, configurable: true });
  } else {
    delete error.stack;
  }
  if (hasCause) {
    Object.defineProperty(error, 'cause', { __proto__: null, value: cause, writable: true, enumerable: false, configurable: true });
  }
  state.ids[id] = error;
  return error;
}

module.exports = { Serializer, Deserializer, invalidArgument, malformed };
