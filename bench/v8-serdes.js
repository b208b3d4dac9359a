// v8.serialize / v8.deserialize of 10k small records and of one 1 MB typed array, and
// structuredClone of the records, in ms per pass (median of 7).
const v8 = require('v8');
const records = Array.from({ length: 10000 }, (_, i) => ({
  id: i, name: `item${i}`, tags: ['a', 'b'], nested: { x: i * 1.5, flag: i % 2 === 0 },
}));
const serializedRecords = v8.serialize(records);
const floats = new Float64Array(131072).map((_, i) => i / 3);
const serializedFloats = v8.serialize(floats);
require('./median.js')({
  'serialize 10k records': () => v8.serialize(records),
  'deserialize 10k records': () => v8.deserialize(serializedRecords),
  'serialize 1MB Float64Array': () => v8.serialize(floats),
  'deserialize 1MB Float64Array': () => v8.deserialize(serializedFloats),
  'structuredClone 10k records': () => structuredClone(records),
});
