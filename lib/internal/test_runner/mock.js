'use strict';
// node:test mocks: mock.fn(), mock.method(), mock.getter()/setter(), with the call records and
// implementation controls of MockFunctionContext, and MockTracker's reset()/restoreAll().

const { validateFunction, validateObject, validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onceImplementations = new Map();   // call index -> implementation
  #times;
  #restore;

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(); }
  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const index = onCall ?? this.#calls.length;
    validateInteger(index, 'onCall', this.#calls.length);
    this.#onceImplementations.set(index, implementation);
  }

  resetCalls() { this.#calls = []; }

  restore() {
    this.#restore?.();
    this.#restore = undefined;
  }

  // The implementation for the next call; after `times` calls the original comes back.
  nextImplementation() {
    const index = this.#calls.length;
    const once = this.#onceImplementations.get(index);
    if (once !== undefined) {
      this.#onceImplementations.delete(index);
      return once;
    }
    if (this.#times !== undefined && index >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) { this.#calls.push(Object.freeze(call)); }
}

function makeMockFunction(original, implementation, restore, times) {
  const context = new MockFunctionContext(implementation, original, restore, times);
  function mockFunction(...args) {
    const target = new.target;
    const impl = context.nextImplementation();
    let result;
    let error;
    try {
      if (impl === undefined) result = undefined;
      else if (target !== undefined) result = Reflect.construct(impl, args, target);
      else result = Reflect.apply(impl, this, args);
      return result;
    } catch (thrown) {
      error = thrown;
      throw thrown;
    } finally {
      context.record({ arguments: args, error, result, stack: new Error(), target, this: this });
    }
  }
  Object.defineProperty(mockFunction, 'mock', { __proto__: null, value: context, enumerable: false, configurable: false });
  const name = typeof (implementation ?? original) === 'function' ? (implementation ?? original).name : '';
  Object.defineProperty(mockFunction, 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(mockFunction, 'length', {
    __proto__: null, value: typeof (implementation ?? original) === 'function' ? (implementation ?? original).length : 0,
    configurable: true,
  });
  return mockFunction;
}

function timesOption(options) {
  if (options?.times === undefined) return undefined;
  validateInteger(options.times, 'options.times', 1);
  return options.times;
}

class MockTracker {
  #mocks = [];

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const mock = makeMockFunction(original, implementation, undefined, timesOption(options));
    this.#mocks.push(mock.mock);
    return mock;
  }

  method(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object' && typeof implementation !== 'function') {
      options = implementation;
      implementation = undefined;
    }
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_VALUE('object', object, 'must be an object');
    }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    let owner = object;
    let descriptor;
    while (owner !== null) {
      descriptor = Object.getOwnPropertyDescriptor(owner, methodName);
      if (descriptor !== undefined) break;
      owner = Object.getPrototypeOf(owner);
    }
    const kind = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor?.[kind];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const ownDescriptor = Object.getOwnPropertyDescriptor(object, methodName);
    const restore = () => {
      if (ownDescriptor === undefined) delete object[methodName];
      else Object.defineProperty(object, methodName, ownDescriptor);
    };
    const mock = makeMockFunction(original, implementation ?? original, restore, timesOption(options));
    const mocked = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (kind === 'value') {
      mocked.value = mock;
      mocked.writable = descriptor.writable;
    } else {
      mocked[kind] = mock;
      if (kind === 'get') mocked.set = descriptor.set;
      else mocked.get = descriptor.get;
    }
    Object.defineProperty(object, methodName, mocked);
    this.#mocks.push(mock.mock);
    return mock;
  }

  getter(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const context of this.#mocks) context.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext };
