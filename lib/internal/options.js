'use strict';
// The options Apus was started with, NODE_OPTIONS first and then the command line: the later
// of `--x` and `--no-x` is the one present.

let startOptions;
const options = () => (startOptions ??= require('internal/bootstrap/realm').options);
const startFlags = () => options().flags;

// The value given to an option that takes one (`--name=value` or `--name value`); undefined when
// it was not given.
function getOptionValue(name) {
  const value = startFlags()[name];
  return value === undefined || value === '' ? undefined : value;
}

// Whether a boolean option (or one of its `--no-` forms) was given.
function isOptionOn(name) {
  return name in startFlags();
}

// The conditions package "exports" and "imports" match for a module loaded by `require` or by
// `import`: Node's defaults (less "node-addons" under --no-addons), then the --conditions names.
function resolveConditions(kind) {
  const conditions = kind === 'require' ? ['require', 'node'] : ['node', 'import'];
  if (!isOptionOn('--no-addons')) conditions.push('node-addons');
  return new Set([...conditions, ...options().conditions]);
}

// --pending-deprecation, also turned on by NODE_PENDING_DEPRECATION=1.
function pendingDeprecation() {
  return isOptionOn('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
}

module.exports = { getOptionValue, isOptionOn, pendingDeprecation, resolveConditions };
