'use strict';
// deepEqual compares what values are, not what they claim: a typed array's real kind, a key
// only when it is enumerable on both sides (either argument order).
const assert = require('assert');

function compare(label, a, b) {
  for (const name of ['deepEqual', 'deepStrictEqual']) {
    for (const [x, y, order] of [[a, b, 'a,b'], [b, a, 'b,a']]) {
      let result;
      try {
        assert[name](x, y);
        result = 'equal';
      } catch (err) {
        result = `${err.name} ${err.code}`;
      }
      console.log(label, name, order, result);
    }
  }
}

const buffer = Buffer.from('test');
const lookalike = Object.create(Object.getPrototypeOf(buffer), Object.getOwnPropertyDescriptors(buffer));
Object.defineProperty(lookalike, Symbol.toStringTag, { value: 'Uint8Array' });
compare('buffer vs look-alike object', buffer, lookalike);

const signed = new Int8Array(10);
Object.defineProperty(signed, Symbol.toStringTag, { value: 'Uint8Array' });
Object.setPrototypeOf(signed, Uint8Array.prototype);
compare('Uint8Array vs disguised Int8Array', new Uint8Array(10), signed);
compare('Uint8Array vs Uint8ClampedArray', new Uint8Array(4), new Uint8ClampedArray(4));
compare('same DataViews', new DataView(new ArrayBuffer(4)), new DataView(new ArrayBuffer(4)));

const plain = { x: 1 };
const hidden = { y: 1 };
Object.defineProperty(hidden, 'x', { value: 1 });
compare('non-enumerable key', plain, hidden);

const array = [1];
array.x = 1;
const hiddenArray = [1];
Object.defineProperty(hiddenArray, 'x', { value: 1 });
hiddenArray.y = 1;
compare('array with non-enumerable key', array, hiddenArray);
