// Stacks use V8's format; captureStackTrace, stackTraceLimit and prepareStackTrace behave alike.
function inner() { return new Error('x'); }
function outer() { return inner(); }
const lines = outer().stack.split('\n');
console.log(lines[0], lines.length > 2, /^ {4}at inner \(.*stack-format\.node-diff\.js:\d+:\d+\)$/.test(lines[1]));
const obj = { name: 'Custom', message: 'msg' };
function capture() { Error.captureStackTrace(obj, capture); }
capture();
console.log(obj.stack.split('\n')[0], /^ {4}at /.test(obj.stack.split('\n')[1]));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
Error.stackTraceLimit = 10;
Error.prepareStackTrace = (err, sites) => `${err.message}:${typeof sites[0].getFileName()}:${typeof sites[0].getLineNumber()}`;
console.log(new Error('prep').stack);
delete Error.prepareStackTrace;
class MyError extends Error {}
console.log(new MyError('sub').stack.split('\n')[0], new MyError() instanceof Error);
try { null.x; } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError); }
