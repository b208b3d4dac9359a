'use strict';
// The global `console`: a plain object (not a Console instance) whose methods write to
// process.stdout and process.stderr, looked up on each call (see internal/process/stdio_state).

const { Console, setupConsole, consoleMethods } = require('internal/console/constructor');

const globalConsole = { __proto__: {} };
const { touched, directWriter } = require('internal/process/stdio_state');
setupConsole(globalConsole,
  () => (touched.stdout ? process.stdout : directWriter(1)),
  () => (touched.stderr ? process.stderr : directWriter(2)),
  true, 'auto', undefined);
for (const [name, fn] of Object.entries(consoleMethods)) {
  const bound = fn.bind(globalConsole);
  Object.defineProperty(bound, 'name', { __proto__: null, value: name });
  Object.defineProperty(globalConsole, name, { __proto__: null, value: bound, writable: true, enumerable: true, configurable: true });
}
globalConsole.Console = Console;
Object.defineProperty(globalConsole, Symbol.toStringTag, {
  __proto__: null,
  value: 'console', writable: false, enumerable: false, configurable: true,
});

module.exports = globalConsole;
