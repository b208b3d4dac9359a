'use strict';
// assert.CallTracker: wraps functions, counts their calls, and reports the ones not called the
// expected number of times. The wrapper is a Proxy, so the function's own properties (and
// `length`) show through unchanged.

const { AssertionError } = require('internal/assert/assertion_error');
const { codes: { ERR_UNAVAILABLE_DURING_EXIT, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const noop = () => {};

class CallTracker {
  #contexts = new Set();
  #byFunction = new WeakMap();

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    const context = {
      expected,
      actual: 0,
      name: fn.name || 'calls',
      stackTrace: new Error(),
      calls: [],
    };
    this.#contexts.add(context);
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.actual++;
        context.calls.push({ __proto__: null, thisArg, arguments: args });
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#byFunction.set(tracked, context);
    return tracked;
  }

  #context(tracked) {
    const context = this.#byFunction.get(tracked);
    if (context === undefined) throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    return context;
  }

  getCalls(tracked) {
    return this.#context(tracked).calls.map((call) => ({ thisArg: call.thisArg, arguments: call.arguments }));
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#contexts) {
        context.actual = 0;
        context.calls = [];
      }
      return;
    }
    const context = this.#context(tracked);
    context.actual = 0;
    context.calls = [];
  }

  report() {
    const errors = [];
    for (const context of this.#contexts) {
      if (context.actual === context.expected) continue;
      errors.push({
        message: `Expected the ${context.name} function to be executed ${context.expected} time(s) but was ` +
          `executed ${context.actual} time(s).`,
        actual: context.actual,
        expected: context.expected,
        operator: context.name,
        stack: context.stackTrace,
      });
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = { CallTracker };
