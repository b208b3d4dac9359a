'use strict';
// Runs WPT test files (*.any.js) under a directory of the WPT tree, each in its own apus
// process, and reports subtest passes. Usage:
//   apus tools/wpt/run.js <wpt-root> <subdirectory> [--json out.json] [--verbose]
// Status codes are testharness.js's: 0 pass, 1 fail, 2 timeout, 3 not run.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const args = process.argv.slice(2);
const [wptRoot, subdirectory] = args;
const verbose = args.includes('--verbose');
const jsonIndex = args.indexOf('--json');
const fileTimeoutMs = 30000;

function collect(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...collect(full));
    else if (entry.name.endsWith('.any.js')) files.push(full);
  }
  return files.sort();
}

const files = collect(path.join(wptRoot, subdirectory));
const summary = { files: {}, passed: 0, total: 0 };
for (const file of files) {
  const relative = path.relative(wptRoot, file);
  const child = spawnSync(process.execPath, [path.join(__dirname, 'run-file.js'), wptRoot, file], {
    encoding: 'utf8', timeout: fileTimeoutMs, maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(child.stdout.trim().split('\n').pop());
  } catch {
    report = { results: [], harness: 'crashed', message: (child.stderr || '').split('\n').slice(0, 3).join(' ') };
  }
  const passed = report.results.filter((result) => result.status === 0).length;
  summary.files[relative] = { passed, total: report.results.length, harness: report.harness };
  summary.passed += passed;
  summary.total += report.results.length;
  console.log(`${relative}: ${passed}/${report.results.length}${report.harness === 0 ? '' : ` (harness ${report.harness}${report.message ? `: ${report.message}` : ''})`}`);
  if (verbose) {
    for (const result of report.results) {
      if (result.status !== 0) console.log(`  FAIL ${result.name}: ${result.message}`);
    }
  }
}
console.log(`${subdirectory}: ${summary.passed}/${summary.total} subtests passed`);
if (jsonIndex !== -1) fs.writeFileSync(args[jsonIndex + 1], JSON.stringify(summary, null, 2));
