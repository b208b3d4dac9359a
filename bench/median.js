'use strict';
// Times each synchronous case five times and prints the medians (ms) as JSON for compare.sh.
module.exports = function printMedians(cases) {
  const result = {};
  for (const [name, fn] of Object.entries(cases)) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      fn();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    result[name] = times[2];
  }
  console.log(JSON.stringify(result));
};
