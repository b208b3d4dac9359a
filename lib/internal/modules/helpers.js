'use strict';
// Helpers shared by the module loaders and the -e entry point.

// `apus -e` code can name any public builtin module as a global (`os.cpus()`): each is a
// configurable getter that loads the module on first use; assigning replaces it with a plain value.
function addBuiltinLibsToObject(object, requireBuiltin, builtinModules) {
  for (const name of builtinModules) {
    if (name.startsWith('_') || name.includes('/')) continue;
    let loaded;
    const setReal = function setReal(value) {
      delete object[name];
      object[name] = value;
    };
    Object.defineProperty(object, name, {
      __proto__: null,
      get: function get() {
        loaded ??= requireBuiltin(name);
        return loaded;
      },
      set: setReal,
      enumerable: false,
      configurable: true,
    });
  }
}

module.exports = { addBuiltinLibsToObject };
