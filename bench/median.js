'use strict';
// Times each synchronous case (one warm-up, then seven timed runs, each after a full garbage
// collection when --expose-gc is given) and prints the medians (ms) as JSON for compare.sh.
module.exports = function printMedians(cases) {
  const result = {};
  const collect = typeof gc === 'function' ? gc : () => {};
  for (const [name, fn] of Object.entries(cases)) {
    fn();
    const times = [];
    for (let i = 0; i < 7; i++) {
      collect();
      const start = process.hrtime.bigint();
      fn();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    result[name] = times[3];
  }
  console.log(JSON.stringify(result));
};
