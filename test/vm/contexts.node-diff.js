// vm contexts: globals resolve through the contextified object, builtins are the context's own.
const vm = require('vm');
const sandbox = { a: 1, list: [] };
const ctx = vm.createContext(sandbox);
console.log(ctx === sandbox, vm.isContext(ctx), vm.isContext({}));
console.log(vm.runInContext('a + 1', ctx));
vm.runInContext('b = 2; var c = 3; function f() { return a + b + c } list.push(f())', ctx);
console.log(Object.keys(sandbox).sort(), sandbox.list, typeof sandbox.f);
sandbox.a = 10;
console.log(vm.runInContext('f()', ctx));
console.log(vm.runInContext('typeof process + typeof require + typeof Array', ctx));
console.log(vm.runInContext('[]', ctx) instanceof Array, Array.isArray(vm.runInContext('[]', ctx)));
console.log(vm.runInContext('delete b; typeof b', ctx), 'b' in sandbox);
console.log(vm.runInNewContext('x * 2', { x: 21 }));
console.log(vm.runInNewContext('this.y = 5; typeof y'), vm.runInThisContext('typeof require'));
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const counter = vm.createContext({});
script.runInContext(counter); script.runInContext(counter);
console.log(counter.count, script.runInNewContext({ count: 41 }));
const self = vm.createContext();
self.window = self;
console.log(vm.runInContext('this', self) === vm.runInContext('window', self));
// Errors: class, message, and the source line above the stack.
try { vm.runInContext('throw new TypeError("bad")', ctx, 'ctx-file.js') } catch (e) {
  console.log(e instanceof TypeError, e.name, e.message, e.stack.split('\n').slice(0, 5).join('|'));
}
try { new vm.Script('let let = 1', { filename: 'syntax.js' }) } catch (e) {
  console.log(e.name, e.stack.split('\n')[0]);
}
for (const bad of [undefined, null, 1, {}]) {
  try { vm.runInContext('1', bad) } catch (e) { console.log(e.code, e.message) }
}
try { vm.createContext({}, { name: 1 }) } catch (e) { console.log(e.code, e.message) }
try { new vm.Script('1', { lineOffset: 'x' }) } catch (e) { console.log(e.code, e.message) }
try { vm.runInThisContext('1', { timeout: -1 }) } catch (e) { console.log(e.code, e.message) }
console.log(vm.compileFunction('return a + b', ['a', 'b'])(2, 3));
console.log(vm.compileFunction('return x', [], { contextExtensions: [{ x: 'ext' }] })());
console.log(vm.compileFunction('return z', [], { parsingContext: vm.createContext({ z: 'ctx' }) })());
console.log(vm.runInThisContext('1 + 1', { timeout: 1000 }));
