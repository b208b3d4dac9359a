// Call frames name the column V8 does: the callee's name, or `new` for a construction.
function make() { return new Error('x').stack.split('\n')[1]; }
function capture() { const holder = {}; Error.captureStackTrace(holder); return holder.stack.split('\n')[1]; }
const object = { method() { throw new TypeError('t'); } };
console.log(make());
console.log(  capture());
try { object.method(); } catch (e) { console.log(e.stack.split('\n').slice(1, 3).map((l) => l.replace(/^.*\(/, '(')).join('|')); }
try { require('vm').runInNewContext('\n  throw new RangeError("r")', {}, { filename: 'vm-file.js', lineOffset: 4 }); } catch (e) {
  console.log(e.stack.split('\n').slice(0, 6).join('|'));
}
