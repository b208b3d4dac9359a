'use strict';
// The engine gives each kind of object a cell type byte (getCellType), learned here once from
// an instance of each kind. A check compares the byte instead of calling a method that throws
// for other objects: an exception costs microseconds, and most values checked are not of the
// kind asked about. A byte no other sample has decides alone; a byte several kinds share
// (ArrayBuffer and SharedArrayBuffer are one engine class) only rules the others out, and the
// throwing check decides between them.
const { getCellType } = internalBinding('util');

let cellKinds;
function learnCellKinds() {
  const samples = {
    __proto__: null,
    plain: {}, array: [], function: function() {}, proxy: new Proxy({}, {}), error: new Error(),
    promise: Promise.resolve(), map: new Map(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
    date: new Date(0), regExp: /x/, arrayBuffer: new ArrayBuffer(0), dataView: new DataView(new ArrayBuffer(0)),
    uint8Array: new Uint8Array(0), numberObject: Object(0), stringObject: Object(''), booleanObject: Object(false),
    bigIntObject: Object(0n), symbolObject: Object(Symbol('kind')),
    sharedArrayBuffer: typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(0) : new ArrayBuffer(0),
  };
  const users = new Map();
  const kinds = { __proto__: null };
  for (const name in samples) {
    const byte = getCellType(samples[name]);
    kinds[name] = { byte, exclusive: false };
    users.set(byte, (users.get(byte) ?? 0) + 1);
  }
  for (const name in kinds) {
    const kind = kinds[name];
    kind.exclusive = kind.byte >= 0 && users.get(kind.byte) === 1;
    // A byte shared with plain objects rules nothing out.
    if (kind.byte === kinds.plain.byte && name !== 'plain') kind.byte = -1;
  }
  return kinds;
}

// The byte of the last object asked about: inspect and deep comparison ask a dozen kind
// questions of one object in a row, and each getCellType is a native call. Held through a
// WeakRef so that asking keeps nothing alive past the current job.
let lastObject = null;
let lastByte = -1;
function cellTypeOf(value) {
  if (lastObject !== null && lastObject.deref() === value) return lastByte;
  lastByte = getCellType(value);
  lastObject = typeof value === 'object' || typeof value === 'function' ? new WeakRef(value) : null;
  return lastByte;
}

// Whether `value` (an object) is of kind `name`; `slowCheck` decides where the byte cannot.
function isKind(name, value, slowCheck) {
  cellKinds ??= learnCellKinds();
  const { byte, exclusive } = cellKinds[name];
  if (byte < 0) return slowCheck();
  if (cellTypeOf(value) !== byte) return false;
  return exclusive || slowCheck();
}

// False when `value` (an object) is surely not of kind `name`; true when it may be.
function mayBeKind(name, value) {
  cellKinds ??= learnCellKinds();
  const { byte } = cellKinds[name];
  return byte < 0 || cellTypeOf(value) === byte;
}

// The byte of a kind that no other kind shares, or -1.
function exclusiveKindByte(name) {
  cellKinds ??= learnCellKinds();
  const { byte, exclusive } = cellKinds[name];
  return exclusive ? byte : -1;
}

module.exports = { isKind, mayBeKind, exclusiveKindByte, getCellType };
