'use strict';
// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in the async context
// of the resource it was created in (AsyncLocalStorage stores, execution ids).

const EventEmitter = require('events');
const { AsyncResource } = require('async_hooks');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

const kEventEmitter = Symbol('kEventEmitter');
const kAsyncResource = Symbol('kAsyncResource');

class EventEmitterReferencingAsyncResource extends AsyncResource {
  constructor(eventEmitter, type, options) {
    super(type, options);
    this[kEventEmitter] = eventEmitter;
  }

  get eventEmitter() {
    if (this[kEventEmitter] === undefined) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
    return this[kEventEmitter];
  }
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
      name = options?.name || new.target.name;
    }
    super(options);
    if (options !== undefined) validateObject(options, 'options');
    this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
  }

  emit(event, ...args) {
    if (this?.[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    const { asyncResource } = this;
    args.unshift(super.emit, this, event);
    return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
  }

  emitDestroy() {
    if (this?.[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    this.asyncResource.emitDestroy();
  }

  get asyncId() {
    if (this?.[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    return this.asyncResource.asyncId();
  }

  get triggerAsyncId() {
    if (this?.[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    return this.asyncResource.triggerAsyncId();
  }

  get asyncResource() {
    if (this?.[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    return this[kAsyncResource];
  }
}

module.exports = { EventEmitterAsyncResource };
