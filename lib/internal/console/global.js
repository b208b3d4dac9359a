'use strict';
// The global `console`: a plain object (not a Console instance) whose methods write to
// process.stdout and process.stderr, looked up on each call (see internal/process/stdio_state).

const { Console, setupConsole, consoleMethods } = require('internal/console/constructor');

const globalConsole = { __proto__: {} };
const { touched, directWriter } = require('internal/process/stdio_state');
// console._stdout / console._stderr: the streams it writes to; a program may replace them.
const streams = { stdout: undefined, stderr: undefined };
setupConsole(globalConsole,
  () => streams.stdout ?? (touched.stdout ? process.stdout : directWriter(1)),
  () => streams.stderr ?? (touched.stderr ? process.stderr : directWriter(2)),
  true, 'auto', undefined);
for (const name of ['stdout', 'stderr']) {
  Object.defineProperty(globalConsole, `_${name}`, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return streams[name] ?? process[name]; },
    set(value) { streams[name] = value; },
  });
}
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
