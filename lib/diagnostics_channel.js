'use strict';
// Named channels for publishing diagnostic messages, and tracing channels that wrap a call with
// start/end/asyncStart/asyncEnd/error events.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map();

class Channel {
  #subscribers = [];
  #stores = new Map();

  constructor(name) {
    this.name = name;
  }

  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && #subscribers in instance;
  }

  get hasSubscribers() { return this.#subscribers.length > 0 || this.#stores.size > 0; }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this.#subscribers = [...this.#subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this.#subscribers.indexOf(subscription);
    if (index === -1) return false;
    this.#subscribers = this.#subscribers.filter((_, i) => i !== index);
    return true;
  }

  // A subscriber that throws does not stop the others; its error is uncaught on the next tick.
  publish(data) {
    for (const subscriber of this.#subscribers) {
      try {
        Reflect.apply(subscriber, this, [data, this.name]);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }

  bindStore(store, transform) {
    this.#stores.set(store, transform);
  }

  unbindStore(store) {
    return this.#stores.delete(store);
  }

  // Publishes `data`, then runs `fn` inside every bound store (entered with the store's
  // transform of `data`, or `data` itself).
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this.#stores) {
      const next = run;
      run = () => {
        let value = data;
        if (typeof transform === 'function') {
          try {
            value = transform(data);
          } catch (err) {
            process.nextTick(() => { throw err; });
            return next();
          }
        }
        return store.run(value, next);
      };
    }
    return run();
  }
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  let existing = channels.get(name);
  if (existing !== undefined) return existing;
  validateName(name);
  existing = new Channel(name);
  channels.set(name, existing);
  return existing;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channels.has(name) ? channels.get(name).unsubscribe(subscription) : false;
}

function hasSubscribers(name) {
  return channels.get(name)?.hasSubscribers ?? false;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of traceEvents) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of traceEvents) {
        const value = nameOrChannels[event];
        if (!(value instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', value);
        this[event] = value;
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'Channel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) if (handlers[event]) this[event].subscribe(handlers[event]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  // The synchronous part of every trace: 'start' around the call (inside the bound stores),
  // 'error' if it throws, 'end' when it returns or throws.
  #traced(context, call) {
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        return call();
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return this.#traced(context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const settle = () => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
    };
    return this.#traced(context, () => {
      let promise = Reflect.apply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then((result) => {
        context.result = result;
        settle();
        return result;
      }, (err) => {
        context.error = err;
        error.publish(context);
        settle();
        throw err;
      });
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const index = position < 0 ? args.length + position : position;
    const callback = args[index];
    validateFunction(callback, 'callback');
    args[index] = function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };
    return this.#traced(context, () => Reflect.apply(fn, thisArg, args));
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
