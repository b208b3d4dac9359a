'use strict';
// The v8 module: the value serializer (serialize, deserialize and the Serializer classes) in
// V8's wire format, the heap statistics and cachedDataVersionTag. The code statistics,
// snapshot, coverage and flag functions are not built yet and throw ERR_NOT_IMPLEMENTED.

const { Serializer, Deserializer, invalidArgument, malformed } = require('internal/serdes');
const { Buffer } = require('buffer');
const types = require('internal/util/types');

// The views DefaultSerializer writes as host objects, by index. Must match the order Node writes.
const kViewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const kBufferIndex = 10;
const kViewIndexByTag = new Map(kViewTypes.map((View, index) => [View === Buffer ? 'Buffer' : View.name, index]));
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

// Typed arrays, Buffers and DataViews as host objects: their own bytes only, not the whole
// ArrayBuffer behind them (for a pooled Buffer, other Buffers' bytes).
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    const index = view instanceof Buffer ? kBufferIndex : kViewIndexByTag.get(typedArrayTag.call(view) ?? 'DataView');
    if (index === undefined) {
      throw new this._getDataCloneError(`Unserializable host object: ${require('internal/util/inspect').inspect(view)}`);
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  // A view over the serialized bytes themselves when they are aligned for its element size, as
  // in Node; else over a copy.
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const View = kViewTypes[index];
    if (View === undefined) throw malformed();
    if (View === Buffer) return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, byteLength);
    const size = View.BYTES_PER_ELEMENT ?? 1;
    if (byteLength % size !== 0) throw malformed();
    let buffer = this.buffer.buffer;
    let start = this.buffer.byteOffset + offset;
    if (start % size !== 0) {
      const copy = Buffer.allocUnsafeSlow(byteLength);
      copy.set(new Uint8Array(buffer, start, byteLength));
      buffer = copy.buffer;
      start = copy.byteOffset;
    }
    return View === DataView ? new DataView(buffer, start, byteLength) : new View(buffer, start, byteLength / size);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  if (!types.isArrayBufferView(buffer)) throw invalidArgument('buffer must be a TypedArray or a DataView');
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

// The engine heap in V8's terms. Measured: the heap's size and use and its external memory (as
// process.memoryUsage() reports them). The limit is the memory the process may have (its cgroup
// limit, else the machine's), since the engine sets none of its own: --max-old-space-size is
// accepted but not enforced. What the engine does not expose (executable code size, malloc
// statistics, global handles) reads 0, as does what it does not have (detached contexts, zapping).
function getHeapStatistics() {
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  const limit = process.constrainedMemory() ?? require('os').totalmem();
  return {
    total_heap_size: heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: heapTotal,
    total_available_size: Math.max(0, limit - heapUsed),
    used_heap_size: heapUsed,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

// The engine has one collected heap, not V8's spaces: it is reported as the one space V8 keeps
// most objects in, "old_space", so that code summing or looking up spaces sees the whole heap.
function getHeapSpaceStatistics() {
  const { total_heap_size: size, used_heap_size: used, total_available_size: available } = getHeapStatistics();
  return [{
    space_name: 'old_space',
    space_size: size,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: size,
  }];
}

// A number that changes when the engine or Apus changes (which is when compiled code cached
// by one could not be used by the other): a hash of their versions.
function cachedDataVersionTag() {
  const text = `javascriptcore ${process.versions.javascriptcore} apus ${process.versions.apus}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

module.exports = require('internal/not_implemented_module')('v8', [
  'getHeapSnapshot', 'getHeapCodeStatistics',
  'setFlagsFromString', 'writeHeapSnapshot', 'takeCoverage', 'stopCoverage', 'setHeapSnapshotNearHeapLimit',
], {
  serialize, deserialize, Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, getHeapStatistics,
  getHeapSpaceStatistics, cachedDataVersionTag,
});
