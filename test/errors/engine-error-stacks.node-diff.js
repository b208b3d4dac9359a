'use strict';
// Errors the engine makes itself carry V8-format stacks in `stack` when caught, as errors made
// with `new` do: the header, then "    at fn (file:line:col)" frames; a class called without
// `new` is named in the message.
const path = require('path');
// Columns are left out where V8 places them by other rules than the engine (a name that is not
// defined: at its statement; an operator's operands: at the operator).
function firstFrames(error, withColumns) {
  const lines = error.stack.split('\n').slice(0, 3).map((line) => line.replace(__filename, path.basename(__filename)));
  const text = lines.join(' | ');
  return withColumns ? text : text.replace(/:(\d+):\d+\)/g, ':$1)');
}
function readNull() { const o = null; return o.x; }
function undefinedName() { return notDefinedAnywhere; }
function symbolInText() { return `${Symbol('s')}`; }
function mixBigInt() { return 1n + 1; }
class Named { constructor() { this.x = 1; } }
const Inferred = class {};
function callClass(C) { return C(); }
const cases = {
  readNull, undefinedName, symbolInText, mixBigInt,
  namedClass: () => callClass(Named),
  inferredClass: () => callClass(Inferred),
  anonymousClass: () => callClass(class {}),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
  } catch (e) {
    console.log(name, '|', firstFrames(e, name !== 'undefinedName' && name !== 'mixBigInt'));
    console.log('  own stack:', Object.getOwnPropertyNames(e).includes('stack'), typeof e.stack);
  }
}
const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
try { readNull(); } catch (e) { console.log('limit 1:', e.stack.split('\n').length); }
Error.stackTraceLimit = limit;
Error.prepareStackTrace = (error, sites) => `${error.name}|${sites[0].getFunctionName()}|${sites[0].getLineNumber()}`;
try { readNull(); } catch (e) { console.log('prepared:', e.stack); }
delete Error.prepareStackTrace;
