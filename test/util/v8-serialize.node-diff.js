'use strict';
// v8.serialize writes V8's wire format byte for byte, and v8.deserialize reads it back; the
// Serializer and Deserializer classes and their errors behave as Node's.
const v8 = require('v8');
const util = require('util');
const hex = (buffer) => buffer.toString('hex');

const noStack = (error) => {
  delete error.stack;
  return error;
};
const values = {
  primitives: [undefined, null, true, false, 0, 1, -1, 64, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 1.5, -0, NaN, Infinity],
  strings: ['', 'abc', '\u00e9\u00ff', '\u65e5\u672c', 'a\u0000b', 'x'.repeat(200)],
  paddedTwoByte: ['a', '\u65e5'],
  bigints: [0n, 5n, -(2n ** 70n), 2n ** 64n],
  arrays: [[1, 2], [1, , 3], Object.assign([1], { x: 2 }), [], new Array(2)],
  objects: { a: 1, b: 'x', 1: 'one', 4294967294: 'big', 4294967295: 'name', [Symbol('skipped')]: 1, nested: { deep: [] } },
  dates: [new Date(0), new Date(-1e12)],
  regexps: [/ab+/gi, /x/msuy, /y/d],
  collections: [new Map([[1, 'a'], ['k', new Set([1, 2])]]), new Set()],
  boxed: [Object(3), Object('s'), Object(true), Object(false), Object(7n)],
  buffers: [new ArrayBuffer(3), new Uint8Array([1, 2]), Buffer.from('hi'), new Int16Array([1, -1]),
    new Float64Array([1.5]), new DataView(new ArrayBuffer(2)), new BigUint64Array([3n]), new Uint8Array([1, 2, 3, 4]).subarray(1, 3)],
  errors: [noStack(new Error('m')), noStack(new TypeError('t')), noStack(new RangeError('r', { cause: 1 })),
    noStack(Object.assign(new Error('named'), { name: 'SyntaxError' }))],
  references: (() => {
    const shared = { s: 1 };
    const cycle = { shared };
    cycle.self = cycle;
    return [shared, cycle, shared];
  })(),
};
for (const [name, value] of Object.entries(values)) {
  const bytes = v8.serialize(value);
  console.log(name, hex(bytes));
  console.log(' ', util.inspect(v8.deserialize(bytes), { depth: 4, breakLength: 160, showHidden: false }));
}

// A getter that deletes a later property: the deleted property is left out.
const deleting = { get first() { delete this.second; return 1; }, second: 2, third: undefined };
console.log('getter deletes', hex(v8.serialize(deleting)));

for (const value of [() => 1, Symbol('s'), new WeakMap(), Promise.resolve(), new Proxy({}, {}), new SharedArrayBuffer(1)]) {
  try {
    v8.serialize(value);
  } catch (error) {
    console.log('uncloneable:', error.constructor.name, error.message);
  }
}
for (const bytes of [[0xff, 0x0f, 0x99], [0xff, 0x10, 0x49, 0x02], [0x49, 0x02], [0xff, 0x0f, 0x6f, 0x22], [0xff, 0x0f, 0x5e, 0x05],
  [0xff, 0x0f, 0x41, 0xff, 0xff, 0xff, 0xff, 0x0f], [0xff, 0x0f, 0x41, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]]) {
  try {
    v8.deserialize(Buffer.from(bytes));
  } catch (error) {
    console.log('malformed:', error.constructor.name, error.message);
  }
}
try {
  v8.deserialize('not bytes');
} catch (error) {
  console.log(error.constructor.name, error.code, error.message);
}

// The classes: raw writes, transferred buffers, host objects off (views written with their buffer).
const serializer = new v8.Serializer();
serializer.writeUint32(300);
serializer.writeUint64(1, 2);
serializer.writeDouble(0.5);
serializer.writeRawBytes(Buffer.from('xy'));
const raw = serializer.releaseBuffer();
console.log('raw', hex(raw), hex(serializer.releaseBuffer()));
const deserializer = new v8.Deserializer(raw);
console.log(deserializer.readUint32(), deserializer.readUint64(), deserializer.readDouble(), deserializer.readRawBytes(2).toString());

const transferred = new ArrayBuffer(4);
const plain = new v8.Serializer();
plain.transferArrayBuffer(7, transferred);
plain.writeHeader();
plain.writeValue([transferred, new Uint8Array(transferred, 1), new Uint8Array([9, 8, 7]).subarray(1)]);
const withTransfer = plain.releaseBuffer();
console.log('transfer', hex(withTransfer));
const reader = new v8.Deserializer(withTransfer);
const target = new ArrayBuffer(4);
reader.transferArrayBuffer(7, target);
console.log(reader.readHeader(), reader.getWireFormatVersion());
const [buffer, view, copied] = reader.readValue();
console.log(buffer === target, view.buffer === target, view.byteOffset, Array.from(copied));

const old = new v8.Deserializer(Buffer.from([0xff, 0x0d, 0x49, 0x04]));
console.log(old.readHeader(), old.getWireFormatVersion(), old.readValue());
