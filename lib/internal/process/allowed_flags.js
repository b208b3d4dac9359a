'use strict';
// process.allowedNodeEnvironmentFlags: a frozen Set whose `has` accepts any spelling Node
// accepts (with or without leading dashes, underscores for dashes, a trailing "=value").

const { allowedEnvironmentFlags } = internalBinding('process_methods');

class NodeEnvironmentFlagsSet extends Set {
  #flags;

  constructor(flags) {
    super();
    this.#flags = new Set(flags);
  }

  add() { return this; }
  delete() { return false; }
  clear() {}

  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-');
    if (/^--?/.test(key)) return this.#flags.has(key.replace(/=.*$/, ''));
    key = key.replace(/=.*$/, '');
    return this.#flags.has(`-${key}`) || this.#flags.has(`--${key}`);
  }

  get size() { return this.#flags.size; }
  entries() { return this.#flags.entries(); }
  forEach(callback, thisArg = undefined) {
    this.#flags.forEach((flag) => Reflect.apply(callback, thisArg, [flag, flag, this]));
  }
  keys() { return this.#flags.keys(); }
  values() { return this.#flags.values(); }
  [Symbol.iterator]() { return this.#flags.values(); }
}

module.exports = function createAllowedFlags() {
  return Object.freeze(new NodeEnvironmentFlagsSet(allowedEnvironmentFlags()));
};
