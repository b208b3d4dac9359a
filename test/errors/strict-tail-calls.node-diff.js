'use strict';
// Strict-mode calls in tail position are ordinary calls, as in V8: unbounded tail recursion
// throws RangeError instead of looping forever, and every caller shows in an error's stack.
function recurse(...args) { return recurse(...args); }
try {
  recurse(1, 2);
} catch (err) {
  console.log(err instanceof RangeError, err.name);
}
const countdown = (n) => (n === 0 ? 'done' : countdown(n - 1));
console.log(countdown(1000));

function inner() { throw new Error('deep'); }
function middle() { return inner(); }
function outer() { return middle(); }
try {
  outer();
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 4).map((line) => line.trim().split(' (')[0]).join(' | '));
}
