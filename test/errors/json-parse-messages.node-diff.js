'use strict';
// JSON.parse rejects text with V8's messages: the error's kind and position (or the text around
// an unexpected token, shortened when long), for strings, numbers, literals, objects, arrays,
// trailing text and values that are not strings; a reviver's own error passes as it is.
const inputs = ['', ' ', '{', '[', '{"a":}', '{"a" 1}', '{a:1}', "{'a':1}", '[1,]', '[1 2]', '{"a":1,}', '{"a":1 "b":2}', '"abc', '"a\\qb"', '"a\u0001b"', '-', '-a', '1.', '1.e', '1e', '1e+', '01', '1 2', 'tru', 'true false', 'nul', 'undefined', 'NaN', '{"a":1}x', '[1]]', ',', '}', ']', ':', '"\\u12"', '"\\u12G4"', '{"a"', '{"a":', '{"a":1', '[1', '[1,', '{"a":[}', 'abc', '123abc', '{"a":1}}', '  x', '\n\n  {', '"' + 'x'.repeat(30), '{"' + 'k'.repeat(20) + '":tru}', '[' + '1,'.repeat(20) + ']', 'Infinity', '+1', '.5', '0x10', '"\t"', "'a'", '{"a":1,"a":}', '[-]', '{"a":-}', 'falsey', 'nullx', '1e5x', '[1,2,3,]   ', '{,}', '{"a":1,,}', '[,1]', '1.5.5', '--1', '"\\x41"', '"\\\n"', '\u00a0 1', '\ufeff1'];
const more = ['trux', 'nulL', 'fals', '{"a":1,', '{"a":1,   ', '[1,   ', '{"a"   ', 'x'.repeat(19), 'x'.repeat(20), 'x'.repeat(21), 'x'.repeat(22), '[' + '1,'.repeat(10) + ']' + ' '.repeat(20), '{"a":' + ' '.repeat(30) + '}' + 'z'.repeat(30), 'y' + 'z'.repeat(40), ' '.repeat(15) + 'q' + ' '.repeat(15), '{"a":1}' + ' '.repeat(5) + 'x', '[1,2' + ' '.repeat(30), '{"\\ud800":1}', '"\\uD83D\\uDE00"', '[1e]', '{"a":tx}', 'tr\u00fce', '"abc\\', '"\\', '[truex]'];
for (const input of [...inputs, ...more]) {
  try {
    JSON.parse(input);
    console.log(JSON.stringify(input), 'OK');
  } catch (e) {
    console.log(JSON.stringify(input), e.name, e.message);
  }
}
for (const v of [undefined, {}, [1, 2], null, 5, true]) {
  try { console.log(String(v), JSON.stringify(JSON.parse(v))); } catch (e) { console.log(String(v), e.name, e.message); }
}
try {
  JSON.parse('[1]', () => { throw new SyntaxError('JSON Parse error: from the reviver'); });
} catch (e) {
  console.log(e.message);
}
console.log(JSON.parse.name, JSON.parse.length, Object.getOwnPropertyDescriptor(JSON, 'parse').enumerable);
try { JSON.parse('{'); } catch (e) { console.log(e instanceof SyntaxError, e.stack.split('\n')[0]); }
