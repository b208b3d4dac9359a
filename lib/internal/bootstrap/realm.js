'use strict';
// The first JavaScript Apus runs, compiled like every builtin as a function of
// (exports, require, module, process, internalBinding); Swift passes the command-line options
// in the `process` slot, since the process object does not exist yet.
const options = process;
// It creates the loader for lib/ modules (BuiltinModule), then hands over to
// internal/bootstrap/node, which builds `process` and the globals and runs the main script.

const builtinsBinding = internalBinding('builtins');
const { compileFunction, hasBuiltin } = builtinsBinding;
// The list of ids is made on first use: a start-up that asks for none does not build it. Plain
// loops here, as on other start-up paths: the engine writes Array.prototype.filter/map and
// String.prototype.split in JavaScript, compiled on first use and slow until they warm up.
let builtinIdList;
const builtinIds = () => (builtinIdList ??= splitIds(builtinsBinding.builtinIdList()));
function splitIds(text) {
  const ids = [];
  let start = 0;
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', start)) {
    ids.push(text.slice(start, comma));
    start = comma + 1;
  }
  ids.push(text.slice(start));
  return ids;
}
Object.defineProperty(builtinsBinding, 'builtinIds', {
  __proto__: null, get: builtinIds, enumerable: true, configurable: true,
});

// eslint-disable-next-line no-global-assign
process = { __proto__: null };
// What has been loaded so far, in order (process.moduleLoadList).
const moduleLoadList = [];
const loadedBindings = new Set();
const rawInternalBinding = internalBinding;
// eslint-disable-next-line no-func-assign
internalBinding = function internalBinding(name) {
  if (!loadedBindings.has(name)) {
    loadedBindings.add(name);
    moduleLoadList.push(`Internal Binding ${name}`);
  }
  return rawInternalBinding(name);
};

// Modules users can require: every lib/ module outside internal/, less these.
const hiddenIds = new Set(['internal/bootstrap/realm']);
const prefixOnlyIds = new Set(['test', 'test/reporters', 'sea', 'sqlite']);
let exposeInternals = false;

function isPublicId(id) { return !id.startsWith('internal/') && !hiddenIds.has(id); }

// The module objects, made on first lookup: making all of them at start-up cost most of a
// millisecond, and a program touches a few dozen. The map and the module objects are literals,
// not made with `new`: the code cache holds no constructor code, and start-up would compile it.
const builtinModuleObjects = new Map();
const builtinModuleMap = {
  get(id) {
    let mod = builtinModuleObjects.get(id);
    // Relative and absolute paths, most of what require() sees, are never builtins.
    if (mod === undefined && typeof id === 'string' && id[0] !== '.' && id[0] !== '/' && hasBuiltin(id)) {
      mod = makeBuiltinModule(id);
      builtinModuleObjects.set(id, mod);
    }
    return mod;
  },

  has(id) { return this.get(id) !== undefined; },

  keys() { return builtinIds().values(); },
};

// Properties defined, not assigned: modules are made on demand, possibly after a program has
// put setters of these names on Object.prototype.
function makeBuiltinModule(id) {
  return {
    __proto__: BuiltinModule.prototype,
    id,
    filename: `${id}.js`,
    exports: {},
    loaded: false,
    loading: false,
    canBeRequiredByUsers: isPublicId(id),
  };
}

class BuiltinModule {
  static map = builtinModuleMap;

  constructor(id) {
    return makeBuiltinModule(id);
  }

  static exists(id) { return BuiltinModule.map.has(id); }

  static canBeRequiredByUsers(id) {
    const mod = BuiltinModule.map.get(id);
    return mod !== undefined && (mod.canBeRequiredByUsers || exposeInternals);
  }

  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id) && !prefixOnlyIds.has(id);
  }

  static getSchemeOnlyModuleNames() { return [...prefixOnlyIds]; }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    // The public list holds no internal/ id.
    const ids = splitIds(builtinsBinding.publicBuiltinIdList());
    const list = [];
    for (let i = 0; i < ids.length; i++) {
      if (!prefixOnlyIds.has(ids[i])) list.push(ids[i]);
    }
    return list;
  }

  static normalizeRequirableId(id) {
    if (typeof id !== 'string') return undefined;
    if (id.startsWith('node:')) {
      const bare = id.slice(5);
      if (BuiltinModule.canBeRequiredByUsers(bare)) return bare;
    } else if (BuiltinModule.canBeRequiredWithoutScheme(id)) {
      return id;
    }
    return undefined;
  }

  static isBuiltin(id) {
    return BuiltinModule.normalizeRequirableId(id) !== undefined;
  }

  static setExposeInternals(value) { exposeInternals = value; }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    moduleLoadList.push(`NativeModule ${this.id}`);
    try {
      const fn = compileFunction(this.id);
      fn(this.exports, requireBuiltin, this, process, internalBinding);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }

  // The object users get from require(): `module.exports` at the end of loading.
  compileForPublicLoader() {
    this.compileForInternalLoader();
    return this.exports;
  }
}

function requireBuiltin(id) {
  if (id === 'internal/bootstrap/realm') return loaderExports;
  const mod = BuiltinModule.map.get(id);
  if (mod === undefined) throw new Error(`No such built-in module: ${id}`);
  return mod.compileForInternalLoader();
}

const loaderExports = { BuiltinModule, internalBinding, requireBuiltin, process, hasBuiltin, moduleLoadList, options };

requireBuiltin('internal/bootstrap/node')(options);
