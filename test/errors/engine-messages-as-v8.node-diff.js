'use strict';
// The engine's errors for a variable that does not exist, a property read or set on undefined or
// null, a call of what is not a function, `new` of what is not a constructor, a for-of over what
// is not iterable, `in` or instanceof on what is not an object or callable, and an assignment to
// a constant read as V8's, in every tier (each case also runs after its function is hot).
const u = undefined;
const n = null;
const o = { b: undefined, f() { return undefined; } };
const arr = [undefined];
const cases = {
  missingVariable: () => missingVariable,
  missingCallee: () => missingFunction(1),
  strictAssignment: () => { undeclaredTarget = 1; },
  nonAsciiName: () => ñame,
  wideName: () => 日本,
  readUndefined: () => u.b,
  readNull: () => n.b,
  readNested: () => o.b.c,
  readOptionalThenPlain: () => u?.b.c,
  readQuoted: () => u['x'],
  readDoubleQuoted: () => u["y z"],
  readIndex: () => u[10],
  methodOnUndefined: () => u.foo(),
  afterCall: () => o.f().g,
  afterIndex: () => arr[0].x,
  nonAsciiKey: () => u.é,
  compoundAssignment: () => { let a; a.b += 1; },
  comparison: () => u.b >= 1,
  setUndefined: () => { u.b = 1; },
  setNull: () => { n.b = 1; },
  setNested: () => { o.b.c = 5; },
  setFromCall: () => { u.b = o.f().x; },
  inTemplate: () => `${u.tpl}`,
  inArray: () => [u.arr],
  inObject: () => ({ v: n.obj }),
  parenthesized: () => (u).b,
  acrossLines: () => u
    .b,
  fromParse: () => JSON.parse('{}').x.y,
  fromMap: () => new Map().get(1).size,
  callUndefined: () => { const f = undefined; f(); },
  callNumber: () => { const f = 5; f(1, 2); },
  callMissingMethod: () => o.missing(),
  callPropertyOfResult: () => o.f.call(o).x,
  callAfterCall: () => { const a = { b() { return {}; } }; a.b(1, [2]).c('x'); },
  callOptional: () => { const f = 1; f?.(); },
  callComputed: () => { const a = { 'c d': 1 }; a['c d'](); },
  assignConstant: () => { const c = 1; c = 2; },
  incrementConstant: () => { const c = 1; c++; },
  assignFunctionName: () => (function f() { f = 1; })(),
  forOfNumber: () => { for (const x of 5); },
  forOfObject: () => { for (const x of o); },
  forOfPattern: () => { for (const [a, b] of o); },
  newNumber: () => { const C = 5; return new C(); },
  newMethodResult: () => new (o.f)(),
  newArrow: () => { const A = () => 1; return new A(1); },
  newSymbol: () => new Symbol(),
  newWithoutArguments: () => { const C = {}; return new C; },
  inNumber: () => 'a' in 5,
  inString: () => 1 in 'str',
  inUndefined: () => 'b' in u,
  inBoolean: () => "q" in true,
  instanceofObject: () => ({}) instanceof {},
  instanceofArray: () => [] instanceof [],
  instanceofItself: () => o instanceof o,
};
const run = (name, fn) => {
  try {
    fn();
    return `${name} no error`;
  } catch (err) {
    return `${name} ${err.name}: ${err.message}`;
  }
};
globalThis.missingVariable = globalThis.missingFunction = () => 0;
for (const [name, fn] of Object.entries(cases)) {
  console.log(run(name, fn));
}
delete globalThis.missingVariable;
delete globalThis.missingFunction;
for (const [name, fn] of Object.entries(cases)) {
  console.log(run(name, fn));
  // Hot: the same failure from optimized code.
  let last;
  for (let i = 0; i < 2000; i++) last = run(name, fn);
  if (last !== run(name, fn)) console.log('changed when hot:', name);
}
