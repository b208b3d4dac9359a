'use strict';
// The small operations a server repeats millions of times (sync fs calls, path, Buffer,
// encoding, EventEmitter, URL, timers, process, errors and their stacks), each run for about 0.1 s after a warm-up;
// prints JSON { case: nanoseconds per call }. All cases run in one process, one after another,
// so call sites see several shapes, as in a real program.
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const EventEmitter = require('events');
const querystring = require('querystring');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apus-calls-'));
const file = path.join(dir, 'small.txt');
fs.writeFileSync(file, 'hello world\n'.repeat(10));
const short = Buffer.from('hello world, small buffer');
const pieces = [Buffer.from('abc'), Buffer.from('defgh'), Buffer.from('ij')];
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const noop = () => {};

const cases = {
  'fs.readFileSync small': () => fs.readFileSync(file),
  'fs.statSync': () => fs.statSync(file),
  'fs.existsSync': () => fs.existsSync(file),
  'path.join': () => path.join('/a/b', 'c', '../d', 'e.js'),
  'path.resolve': () => path.resolve('a/b', '../c'),
  'util.format': () => util.format('%s=%d %j', 'a', 42, { x: 1 }),
  'util.inspect small': () => util.inspect({ a: 1, b: 'x', c: [1, 2, 3] }),
  'querystring.parse': () => querystring.parse('a=1&b=2&c=hello%20world'),
  'querystring.stringify': () => querystring.stringify({ a: 1, b: 'x y', c: [1, 2] }),
  'Buffer.from short': () => Buffer.from('hello world'),
  'Buffer.concat 3': () => Buffer.concat(pieces),
  'Buffer.allocUnsafe 100': () => Buffer.allocUnsafe(100),
  'buf.toString short': () => short.toString(),
  'buf.equals short': () => short.equals(pieces[0]),
  'buf.readUInt32LE': () => short.readUInt32LE(4),
  'TextEncoder.encode': () => encoder.encode('hello world'),
  'TextDecoder.decode': () => decoder.decode(short),
  'EventEmitter emit': (() => { const e = new EventEmitter(); e.on('x', noop); return () => e.emit('x', 1); })(),
  'new URL': () => new URL('https://user@example.com:8080/p/a/t/h?query=string#hash'),
  'structuredClone small': () => structuredClone({ a: 1, b: [1, 2] }),
  'setTimeout+clearTimeout': () => clearTimeout(setTimeout(noop, 1000)),
  'performance.now': () => performance.now(),
  'process.hrtime.bigint': () => process.hrtime.bigint(),
  'process.env read': () => process.env.HOME,
  'process.memoryUsage': () => process.memoryUsage(),
  'new Error': () => new Error('x'),
  'new Error + .stack': () => new Error('x').stack,
  'caught TypeError': () => { try { const o = null; return o.x; } catch (e) { return e; } },
  'caught TypeError + .stack': () => { try { const o = null; return o.x; } catch (e) { return e.stack; } },
};

const result = { _unit: 'ns' };
for (const [name, fn] of Object.entries(cases)) {
  for (let i = 0; i < 2000; i++) fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed;
  do {
    for (let i = 0; i < 100; i++) fn();
    calls += 100;
    elapsed = Number(process.hrtime.bigint() - start);
  } while (elapsed < 1e8);
  result[name] = elapsed / calls;
}
fs.rmSync(dir, { recursive: true });
console.log(JSON.stringify(result));
