'use strict';
// generatePrime and checkPrime: sizes, safe primes, add/rem, bigint results, callbacks and Node's errors.
const c = require('crypto');
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
const p = c.generatePrimeSync(64);
console.log(p.byteLength, c.checkPrimeSync(p), c.checkPrimeSync(Buffer.from([15])), c.checkPrimeSync(97n), c.checkPrimeSync(91n, { checks: 10 }));
const safe = c.generatePrimeSync(32, { safe: true, bigint: true });
console.log(typeof safe, c.checkPrimeSync((safe - 1n) / 2n));
console.log(c.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n, c.generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }));
t(() => c.generatePrimeSync(0));
t(() => c.generatePrimeSync(8, { safe: 'x' }));
t(() => c.generatePrimeSync(64, { add: 2n ** 64n }));
t(() => c.generatePrimeSync(64, { add: 7n, rem: 7n }));
t(() => c.generatePrimeSync(20, { rem: -1n }));
t(() => c.checkPrimeSync(-1n));
t(() => c.checkPrimeSync('7'));
t(() => c.checkPrime(7n));
c.generatePrime(48, { bigint: true }, (err, prime) => {
  console.log('async', err, typeof prime);
  c.checkPrime(prime, (err2, result) => console.log('check', err2, result));
});
