'use strict';
// How error messages name a wrong value: strings cut at 28 characters, other values whole.
for (let n = 24; n <= 30; n++) { try { require('fs').readFileSync(1, { encoding: 'x'.repeat(n) }); } catch (e) {} try { Buffer.alloc('y'.repeat(n)); } catch (e) { console.log(e.message); } }
for (const v of [12345678901234567890123456789012345n, 1.2345678901234567e300, Symbol('a'.repeat(40)), "it's"]) try { Buffer.alloc(v); } catch (e) { console.log(e.message); }
const assert = require("assert");
for (const v of [undefined, null, 5, 'str', {}, [], function f() {}, Object.create(null), 'a much longer string value than 28']) {
  assert.rejects(() => v).catch((e) => console.log(e.name, e.code, e.message));
}
