// events.EventEmitterAsyncResource: listeners run in the async context the emitter was created in.
const { EventEmitterAsyncResource } = require('events');
const { AsyncLocalStorage, executionAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
class Foo extends EventEmitterAsyncResource {}
const foo = als.run('created', () => new Foo());
foo.on('x', (a) => console.log('listener', a, als.getStore(), foo.asyncId === executionAsyncId()));
als.run('emitting', () => foo.emit('x', 1));
console.log(foo.asyncResource.eventEmitter === foo, typeof foo.triggerAsyncId, new Foo('Named').asyncResource.constructor.name);
for (const bad of [() => EventEmitterAsyncResource.prototype.emit(), () => Reflect.get(EventEmitterAsyncResource.prototype, 'asyncId', {}), () => new EventEmitterAsyncResource({ name: 1 })]) {
  try { bad() } catch (e) { console.log(e.code, e.message) }
}
