'use strict';
// Frames of built-in functions that call back into JavaScript read as V8's ("Array.map
// (<anonymous>)"), and those V8 does not show (Reflect.apply, Function.prototype.call) are absent.
function boom() { throw new Error('boom'); }
function framesBelowBoom(fn) {
  try {
    fn();
  } catch (err) {
    const lines = err.stack.split('\n');
    const at = lines.findIndex((line) => line.includes('at boom ') || line.includes('.boom '));
    return lines.slice(at + 1, at + 3).map((line) => line.trim()).join(' | ');
  }
  return 'no error';
}
const cases = {
  arrayMap: () => [1].map(boom),
  arrayForEach: () => [1].forEach(boom),
  arrayFilter: () => [1].filter(boom),
  arrayReduce: () => [1, 2].reduce(boom),
  arrayFind: () => [1].find(boom),
  arraySort: () => [1, 2].sort(boom),
  arrayEvery: () => [1].every(boom),
  arrayFrom: () => Array.from([1], boom),
  stringReplace: () => 'abc'.replace('b', boom),
  stringReplaceRegExp: () => 'abc'.replace(/b/, boom),
  stringReplaceAll: () => 'abc'.replaceAll('b', boom),
  jsonParseReviver: () => JSON.parse('{"a":1}', boom),
  jsonStringifyReplacer: () => JSON.stringify({ a: 1 }, boom),
  objectKeysOfProxy: () => Object.keys(new Proxy({}, { ownKeys: boom })),
  promiseExecutor: () => { new Promise(boom); throw new Error('not reached'); },
  reflectApply: () => Reflect.apply(boom, null, []),
  functionCall: () => boom.call(null),
  functionApply: () => boom.apply(null, []),
};
// A rejected executor does not throw: its promise rejects.
process.on('unhandledRejection', () => {});
for (const [name, fn] of Object.entries(cases)) console.log(name, framesBelowBoom(fn));
