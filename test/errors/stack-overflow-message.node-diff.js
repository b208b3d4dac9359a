'use strict';
// Unbounded recursion throws a RangeError whose message is Node's, whether the recursing
// function runs in the interpreter or in compiled code, through a getter or a constructor.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
for (let i = 0; i < 20000; i++) depth(50);

const cases = {
  plain: () => { (function f() { f(); })(); },
  compiled: () => depth(1e7),
  getter: () => { const o = { get x() { return this.x; } }; return o.x; },
  construct: () => { class C { constructor() { new C(); } } return new C(); },
  apply: () => { function a() { return a.apply(null, [1, 2]); } return a(); },
};
for (const [name, run] of Object.entries(cases)) {
  try {
    run();
    console.log(name, 'returned');
  } catch (e) {
    console.log(name, e instanceof RangeError, e.name, JSON.stringify(e.message));
  }
}
