// The URL Standard's own test data (urltestdata.json from Node's copy of the web-platform tests):
// every case is parsed with `new URL(input, base)` and compared field by field. Skipped with a
// message when Node's test suite is not on this machine. Fails below 99% or on any crash.
const fs = require('fs');
const os = require('os');
const path = require('path');

const suite = process.env.APUS_NODE_TEST || path.join(os.homedir(), '.cache/apus/node-test');
const file = path.join(suite, 'test/fixtures/wpt/url/resources/urltestdata.json');
if (!fs.existsSync(file)) {
  console.log(`skipped: ${file} is not present (see ../shared/README.md)`);
  process.exit(0);
}

const cases = JSON.parse(fs.readFileSync(file, 'utf8')).filter((c) => typeof c === 'object');
const fields = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
let passed = 0;
const failures = [];
for (const c of cases) {
  let ok;
  try {
    const url = c.base === null ? new URL(c.input) : new URL(c.input, c.base);
    ok = !c.failure && fields.every((f) => c[f] === undefined || url[f] === c[f]) &&
      (c.origin === undefined || url.origin === c.origin);
  } catch (err) {
    ok = c.failure === true && err.code === 'ERR_INVALID_URL';
  }
  if (ok) passed++;
  else failures.push(c.input);
}
const ratio = passed / cases.length;
console.log(`urltestdata: ${passed}/${cases.length} (${(ratio * 100).toFixed(1)}%)`);
if (process.env.APUS_SHOW_FAILURES) console.log(failures.map((f) => JSON.stringify(f)).join('\n'));
if (ratio < 0.99) process.exit(1);
