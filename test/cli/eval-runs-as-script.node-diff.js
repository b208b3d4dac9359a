'use strict';
// Code given with -e, -p or on stdin runs as a classic script: `this` is the global object,
// top-level `var`s and functions become globals, `return` is a syntax error, and stack frames
// name "[eval]" with the columns of the code as written. -c checks stdin without running it.
const { spawnSync } = require('child_process');
const run = (args, input) => {
  const { stdout, stderr, status } = spawnSync(process.execPath, args, { encoding: 'utf8', input });
  return `${stdout}status ${status}${stderr ? ` | ${stderr.split('\n').slice(0, 3).join(' / ')}` : ''}`;
};
// The engine's syntax-error messages (and so the caret under the token) are not V8's.
const names = (text) => text.split(' / ')[0];
console.log(run(['-e', 'console.log(this === globalThis, this === module.exports, typeof require, __filename)']));
console.log(run(['-e', 'var a = 1; function b() {} console.log(globalThis.a, typeof globalThis.b)']));
console.log(names(run(['-e', 'return 1'])));
console.log(run(['-e', 'const e = new Error("x"); console.log(e.stack.split("\\n")[1]); function f() { return new Error("y") } console.log(f().stack.split("\\n")[1])']));
console.log(run(['-p', 'var c = 2; this.c + 1']));
console.log(run(['-'], 'var d = 3; console.log(globalThis.d, this === globalThis)'));
console.log(run(['-c'], 'notDefined()'));
console.log(names(run(['-c'], 'a b')));
console.log(run(['-e', 'import("path").then((m) => console.log(typeof m.join, typeof __apus))']));
