'use strict';
// A Proxy whose trap breaks an invariant, and the Proxy constructor's own checks, throw
// TypeErrors worded as V8 words them.
const nonConfigurable = () => {
  const target = {};
  Object.defineProperty(target, 'a', { value: 1 });
  return target;
};
const cases = {
  'ownKeys leaves out a non-configurable key': () =>
    Reflect.ownKeys(new Proxy(nonConfigurable(), { ownKeys() { return []; } })),
  'ownKeys leaves out a key of a non-extensible target': () =>
    Object.keys(new Proxy(Object.preventExtensions({ a: 1 }), { ownKeys() { return []; } })),
  'ownKeys adds a key to a non-extensible target': () =>
    Reflect.ownKeys(new Proxy(Object.preventExtensions({}), { ownKeys() { return ['b']; } })),
  'ownKeys repeats a key': () => Reflect.ownKeys(new Proxy({}, { ownKeys() { return ['a', 'a']; } })),
  'ownKeys returns a primitive': () => Reflect.ownKeys(new Proxy({}, { ownKeys() { return 1; } })),
  'getPrototypeOf returns a primitive': () =>
    Object.getPrototypeOf(new Proxy({}, { getPrototypeOf() { return 1; } })),
  'getPrototypeOf lies about a non-extensible target': () =>
    Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf() { return Array.prototype; } })),
  'target is a primitive': () => new Proxy(1, {}),
  'handler is a primitive': () => new Proxy({}, 1),
  'revocable without arguments': () => Proxy.revocable(),
  'set trap returns false in strict code': () => {
    const proxy = new Proxy({}, { set() { return false; } });
    proxy.someKey = 1;
  },
  'defineProperty trap returns false': () =>
    Object.defineProperty(new Proxy({}, { defineProperty() { return false; } }), 'x', { value: 1 }),
  'isExtensible trap says false': () => Object.isExtensible(new Proxy({}, { isExtensible() { return false; } })),
  'isExtensible trap says true': () =>
    Object.isExtensible(new Proxy(Object.preventExtensions({}), { isExtensible() { return true; } })),
  'preventExtensions trap returns true for an extensible target': () =>
    Object.preventExtensions(new Proxy({}, { preventExtensions() { return true; } })),
  'preventExtensions trap returns false': () =>
    Object.preventExtensions(new Proxy({}, { preventExtensions() { return false; } })),
  'setPrototypeOf trap returns false': () =>
    Object.setPrototypeOf(new Proxy({}, { setPrototypeOf() { return false; } }), null),
  'setPrototypeOf trap returns true for a non-extensible target': () =>
    Object.setPrototypeOf(new Proxy(Object.preventExtensions({}), { setPrototypeOf() { return true; } }), null),
  'a string key with other characters': () =>
    Reflect.ownKeys(new Proxy(Object.preventExtensions({ 'key é': 1 }), { ownKeys() { return []; } })),
};
for (const [name, run] of Object.entries(cases)) {
  try {
    run();
    console.log(name, '-> no error');
  } catch (error) {
    console.log(name, '->', error.constructor.name, error.message);
  }
}
