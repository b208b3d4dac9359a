'use strict';
// Fixed messages of the engine's built-in operations read as V8's where V8 has one counterpart.
const cases = {
  symbolInTemplate: () => `${Symbol('s')}`,
  symbolConcat: () => Symbol('s') + '',
  symbolToNumber: () => Number(Symbol()),
  symbolArithmetic: () => Symbol() + 1,
  bigintAddition: () => 1n + 1,
  bigintSubtraction: () => 1n - 1,
  bigintMultiplication: () => 1n * 2,
  bigintDivision: () => 1n / 1,
  bigintRemainder: () => 1n % 1,
  bigintExponent: () => 1n ** 1,
  bigintUnaryPlus: () => +1n,
  bigintToNumber: () => Math.max(1n),
  instanceofPrimitive: () => ({}) instanceof 5,
  negativeArrayLength: () => new Array(-1),
  circularJson: () => { const o = {}; o.self = o; return JSON.stringify(o); },
  toFixedDigits: () => (1).toFixed(200),
  invalidDateIso: () => new Date(NaN).toISOString(),
  weakMapKey: () => new WeakMap().set(1, 1),
  weakSetValue: () => new WeakSet().add(1),
  reduceEmpty: () => [].reduce((a, b) => a),
  reduceRightEmpty: () => [].reduceRight((a, b) => a),
  typedReduceEmpty: () => new Uint8Array(0).reduce((a, b) => a),
  typedReduceRightEmpty: () => new Float64Array(0).reduceRight((a, b) => a),
  replaceAllNonGlobal: () => 'a'.replaceAll(/a/, 'b'),
  matchAllNonGlobal: () => 'a'.matchAll(/a/),
  flatMapNotCallable: () => [].flatMap(5),
  decodeMalformed: () => decodeURIComponent('%'),
  decodeTruncated: () => decodeURI('%E0%A4%A'),
  encodeLoneSurrogate: () => encodeURIComponent('\ud800'),
  encodeLoneTrailSurrogate: () => encodeURI('\udc00x'),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (err) {
    console.log(name, `${err.name}: ${err.message.split('\n')[0]}`);
  }
}
