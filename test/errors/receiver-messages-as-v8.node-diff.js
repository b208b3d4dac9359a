'use strict';
// Built-in functions handed null, undefined or the wrong kind of receiver: V8's messages.
const cases = {
  objectKeysNull: () => Object.keys(null),
  objectGetPrototypeOfUndefined: () => Object.getPrototypeOf(undefined),
  objectEntriesUndefined: () => Object.entries(undefined),
  objectValuesNull: () => { const o = null; return Object.values(o); },
  objectAssignNull: () => Object.assign(null, {}),
  setPrototypeOfNull: () => Object.setPrototypeOf(null, {}),
  definePropertyOnPrimitive: () => Object.defineProperty(1, 'x', {}),
  arrayMapOnNull: () => Array.prototype.map.call(null, (x) => x),
  arrayFilterOnUndefined: () => Array.prototype.filter.call(undefined, (x) => x),
  arrayFindOnNull: () => Array.prototype.find.call(null, (x) => x),
  arrayAtOnNull: () => Array.prototype.at.call(null, 0),
  arrayIncludesOnNull: () => Array.prototype.includes.call(null, 0),
  arrayFillOnNull: () => Array.prototype.fill.call(null, 0),
  arrayFlatOnNull: () => Array.prototype.flat.call(null),
  arrayToSortedOnNull: () => Array.prototype.toSorted.call(null),
  symbolToStringOnNumber: () => Symbol.prototype.toString.call(1),
  sortComparator: () => [2, 1].sort(1),
  typedSortComparator: () => new Uint8Array(2).sort('x'),
  typedSetOutOfBounds: () => new Uint8Array(2).set([1, 2, 3]),
  dataViewOutOfBounds: () => new DataView(new ArrayBuffer(1)).getInt32(0),
  typedArrayMethodOnNull: () => Uint8Array.prototype.fill.call(null, 0),
  typedArrayValuesOnObject: () => Uint8Array.prototype.values.call({}),
  memberOfUndefinedStillReads: () => { let u; return u.x; },
  methodOfUndefinedStillReads: () => { let u; return u.m(); },
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (err) {
    console.log(name, `${err.name}: ${err.message}`);
  }
}
