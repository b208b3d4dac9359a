'use strict';
// Derived-class constructor rules, private members, and more fixed built-in messages read as
// V8 words them (class, message).
class Base {}
class Target { #field = 1; #other; static read(o) { return o.#field; } static write(o) { o.#other = 2; }
  static compound(o) { o.#field += 1; } static optional(o) { return o?.#field; } static deep(o) { return o.a.b.#field; } }
const cases = {
  superCalledTwice: () => new (class extends Base { constructor() { super(); super(); } })(),
  derivedReturnsPrimitive: () => new (class extends Base { constructor() { return 1; } })(),
  thisBeforeSuper: () => new (class extends Base { constructor() { this.x = 1; } })(),
  deleteSuperProperty: () => new (class { m() { delete super.x; } })().m(),
  privateRead: () => Target.read({}),
  privateWrite: () => Target.write({}),
  privateCompound: () => Target.compound({}),
  privateOptional: () => Target.optional({}),
  privateDeep: () => Target.deep({ a: { b: {} } }),
  privateOnPrototype: () => Target.read(Target.prototype),
  bigintDivisionByZero: () => 1n / 0n,
  bigintRemainderByZero: () => 1n % 0n,
  cyclicPrototype: () => { const a = {}; Object.setPrototypeOf(a, a); },
  unknownNormalization: () => 'a'.normalize('x'),
  generatorReentered: () => { function* g() { yield it.next(); } const it = g(); it.next(); },
  bigintInJson: () => JSON.stringify({ a: [1n] }),
  strictCallerRead: () => (function f() { 'use strict'; return f.caller; })(),
  reflectDefineOnPrimitive: () => Reflect.defineProperty(1, 'a', {}),
  reflectGetOnPrimitive: () => Reflect.get(1, 'a'),
  reflectOwnKeysOnPrimitive: () => Reflect.ownKeys('s'),
  atomicsIndexOutOfRange: () => Atomics.load(new Int32Array(1), 5),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, '|', e.constructor.name, '|', e.message);
  }
}
