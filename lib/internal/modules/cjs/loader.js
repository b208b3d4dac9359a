'use strict';
// CommonJS modules: Node's resolution algorithm (files, directories, node_modules, NODE_PATH,
// package "exports"/"imports", self-reference) and Node's Module object.

const { BuiltinModule } = require('internal/bootstrap/realm');
const { internalModuleStat, readFileUtf8, realpath: realpathNative } = internalBinding('fs');
const { evaluateText } = internalBinding('contextify');

// The module function of `source`: the wrapper text is built here, so the engine compiles the
// program's own string (read in place when it is one-byte), with no copy through native code.
function compileFunction(source, filename, lineOffset, params) {
  return evaluateText(`${wrapperPrefix(params)}${source}\n})`, filename, lineOffset + 1);
}
const path = require('path');
const packageJsonReader = require('internal/modules/package_json_reader');
let resolveModule;
const esmResolve = () => (resolveModule ??= require('internal/modules/esm/resolve'));
const packageExportsResolve = (...args) => esmResolve().packageExportsResolve(...args);
const packageImportsResolve = (...args) => esmResolve().packageImportsResolve(...args);
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ESM },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { registerWrapper, wrapperPrefix } = require('internal/error_stack');
const recordSyntaxErrorLocation = (error, wrappedSource) =>
  require('internal/process/execution').recordSyntaxErrorLocation(error, wrappedSource);

const kIsMainSymbol = Symbol('kIsMainSymbol');
const { getProxyTarget } = internalBinding('util');
const isProxy = (value) => (typeof value === 'object' || typeof value === 'function') && value !== null &&
  getProxyTarget(value) !== undefined;
const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
// The conditions for require(), from the start-up options when first needed.
let cjsConditionSet;
const cjsConditions = () => (cjsConditionSet ??= require('internal/options').resolveConditions('require'));

let preserveSymlinks = false;
let preserveSymlinksMain = false;

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { __proto__: null, value: {}, writable: true, enumerable: true, configurable: true });
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

const moduleParents = new WeakMap();
let parentSetterWarned = false;
Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get() { return moduleParents.get(this); },
  set(value) {
    if (!parentSetterWarned) {
      parentSetterWarned = true;
      process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
        'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
    }
    moduleParents.set(this, value);
  },
  enumerable: false,
  configurable: true,
});

function updateChildren(parent, child, scan) {
  moduleParents.set(child, parent);
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
// Listed on first use (most programs never ask), then a plain data property as Node has it.
const settleBuiltinModules = (value) => {
  Object.defineProperty(Module, 'builtinModules', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  return value;
};
Object.defineProperty(Module, 'builtinModules', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: () => settleBuiltinModules(Object.freeze(BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList())),
  set: settleBuiltinModules,
});
Module.isBuiltin = (id) => BuiltinModule.isBuiltin(id);
Module.Module = Module;

// Programs may replace Module.wrap or edit Module.wrapper; once they do, modules are compiled
// from the text Module.wrap returns, as Node does.
let wrapperPatched = false;
let wrap = function wrap(script) { return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`; };
const wrapperArray = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let wrapperProxy = new Proxy(wrapperArray, {
  set(target, property, value, receiver) {
    wrapperPatched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapperPatched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) { wrapperPatched = true; wrap = value; },
  configurable: true,
});
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapperProxy; },
  set(value) { wrapperPatched = true; wrapperProxy = value; },
  configurable: true,
});

// Stat results are kept while a top-level module runs (see _compile), and only for what
// exists: a file a program creates after a failed require() is found by the next one.
let statCache = null;
function stat(filename) {
  filename = path.toNamespacedPath(filename);
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  const result = internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

// Module._stat(filename): 0 for a file, 1 for a directory, negative for neither. A program may
// replace it (and fs.readFileSync, fs.realpathSync) to serve modules that are not on disk; the
// loader then asks the replacement.
let moduleStat = stat;
Object.defineProperty(Module, '_stat', {
  __proto__: null,
  get() { return moduleStat; },
  set(replacement) {
    process.emitWarning('Module._stat is an experimental feature and might change at any time', 'ExperimentalWarning');
    moduleStat = replacement;
    return true;
  },
  configurable: true,
});

// The fs module once the program has loaded it: module files are then read through its
// readFileSync and realpathSync, which the program may have replaced. Before that nothing can
// have been replaced, and the bindings serve directly, sparing start-up the fs module.
function programFs() {
  const fs = BuiltinModule.map.get('fs');
  return fs?.loaded ? fs.exports : undefined;
}

function readModuleSource(filename) {
  const fs = programFs();
  return fs === undefined ? readFileUtf8(filename) : fs.readFileSync(filename, 'utf8');
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let resolved = realpathCache.get(requestPath);
  if (resolved === undefined) {
    const fs = programFs();
    resolved = fs === undefined ? realpathNative(requestPath) : fs.realpathSync(requestPath);
    realpathCache.set(requestPath, resolved);
  }
  return resolved;
}

function tryFile(requestPath, isMain) {
  const rc = moduleStat(requestPath);
  if (rc !== 0) return false;
  if (preserveSymlinks && !isMain) return path.resolve(requestPath);
  if (preserveSymlinksMain && isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJsonReader.read(path.resolve(requestPath, 'package.json'));
  const pkgMain = pkg?.main;
  if (!pkgMain) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, pkgMain);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    } else {
      process.emitWarning(`Invalid 'main' field in '${pkg.pjsonPath}' of '${pkgMain}'. ` +
        'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    }
  }
  return actual;
}

function resolveExports(nmPath, request) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!match) return undefined;
  const [, name, expansion = ''] = match;
  const pkgPath = path.resolve(nmPath, name);
  const pkg = packageJsonReader.read(path.join(pkgPath, 'package.json'));
  if (pkg?.exports == null) return undefined;
  try {
    return finalizeResolution(packageExportsResolve(`${pkgPath}/`, `.${expansion}`, pkg, null, cjsConditions()),
      request);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, path.join(pkgPath, 'package.json'));
    throw e;
  }
}

function finalizeResolution(resolved, request) {
  if (resolved === undefined || resolved === null) return resolved;
  if (typeof resolved === 'object') {
    return Module._resolveFilename(resolved.bare, null, false);
  }
  const actual = tryFile(resolved, false);
  if (actual) return actual;
  throw createEsmNotFoundErr(request, resolved);
}

function createEsmNotFoundErr(request, pathName) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pathName) err.path = pathName;
  return err;
}

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.charCodeAt(request.length - 1) === 47 || trailingSlashRegex.test(request));
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';

  for (const curPath of paths) {
    if (curPath && moduleStat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = moduleStat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (!isMain) {
          filename = preserveSymlinks ? path.resolve(basePath) : toRealPath(basePath);
        } else if (preserveSymlinksMain) {
          filename = path.resolve(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        exts ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47) {
      if (p !== 'node_modules'.length) paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
      p = 0;
    } else if (p !== -1) {
      if ('node_modules'.charCodeAt('node_modules'.length - 1 - p) === code) ++p;
      else p = -1;
    }
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (BuiltinModule.normalizeRequirableId(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths;
    if (parent?.paths?.length) paths = [...parent.paths, ...Module.globalPaths];
    else paths = Module.globalPaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = packageJsonReader.getNearestParentPackageJSON(path.join(parentPath, 'x'));
  if (!pkg || pkg.exports == null || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) expansion = '.';
  else if (request.startsWith(`${pkg.name}/`)) expansion = `.${request.slice(pkg.name.length)}`;
  else return false;
  const pkgPath = path.dirname(pkg.pjsonPath);
  try {
    return finalizeResolution(packageExportsResolve(`${pkgPath}/`, expansion, pkg, null, cjsConditions()), request);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkg.pjsonPath);
    throw e;
  }
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (BuiltinModule.normalizeRequirableId(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const lookupPath of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(lookupPath);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (const p of lookupPaths ?? []) if (!paths.includes(p)) paths.push(p);
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? `${process.cwd()}/`;
    const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
    if (pkg?.imports != null) {
      try {
        return finalizeResolution(packageImportsResolve(request, parentPath, cjsConditions(), pkg), request);
      } catch (e) {
        if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw e;
      }
    }
  }

  const parentPath = parent?.filename ? path.dirname(parent.filename) : undefined;
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    Module._pathCache[`${request}\x00${paths?.length === 1 ? paths[0] : paths?.join('\x00')}`] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      const { codes: { ERR_UNKNOWN_BUILTIN_MODULE } } = require('internal/errors');
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return loadBuiltinModule(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (BuiltinModule.canBeRequiredWithoutScheme(filename)) return loadBuiltinModule(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }

  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports && !isProxy(module.exports) &&
               Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

const relativeResolveCache = { __proto__: null };

function setOwnProperty(target, key, value) {
  Object.defineProperty(target, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

function loadBuiltinModule(id) {
  const mod = BuiltinModule.map.get(id);
  if (!mod?.canBeRequiredByUsers && !BuiltinModule.canBeRequiredByUsers(id)) return undefined;
  return mod.compileForPublicLoader();
}

// Warns when code reads a property that a partly-loaded module in a cycle does not have yet.
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

function getExportsForCircularRequire(module) {
  const requiredESM = false;
  // Exports that are proxies are left alone: inspecting them would run their traps.
  if (module.exports && !requiredESM && !isProxy(module.exports) &&
      Object.getPrototypeOf(module.exports) === Object.prototype && !module.exports.__esModule) {
    Object.setPrototypeOf(module.exports, CircularRequirePrototypeWarningProxy);
  }
  return module.exports;
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    throw new ERR_REQUIRE_ESM(filename, true);
  }
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};
let requireDepth = 0;

// Once async context is in use (async_hooks loaded), modules carry it across `await`; a module
// that names async_hooks turns that on before it is compiled itself.
let awaitTransform = null;
function enableAwaitTransform() {
  awaitTransform ??= require('internal/modules/await_transform').transformAwait;
}
const kNamesAsyncContext = /\bAsyncLocalStorage\b|\bAsyncResource\b|['"](?:node:)?async_hooks['"]/;

// The await rewrite for `content` when async context is in use; `content` itself otherwise.
function transformAwaitIfEnabled(content) {
  if (awaitTransform === null && content.includes('async') && kNamesAsyncContext.test(content)) {
    require('internal/async_context').install();
  }
  return awaitTransform === null ? content : awaitTransform(content);
}

// `import()` cannot reach the engine's own loader: calls are rewritten to a function passed to
// the module as an extra wrapper argument (see internal/modules/esm/transform).
const kMayImport = /\bimport\s*\(/;
const importingWrappers = new WeakSet();
const importingWrapperParams = [...wrapperParams, '__apus_dynamicImport'];

function wrapSafe(filename, content) {
  // A "#!" line is a comment to Node; keep its length so columns stay right.
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) content = `//${content.slice(2)}`;
  if (wrapperPatched) return internalBinding('contextify').runScript(Module.wrap(content), filename);
  let params = wrapperParams;
  if (kMayImport.test(content)) {
    const rewritten = require('internal/modules/esm/transform').rewriteDynamicImport(content);
    if (rewritten !== content) {
      content = rewritten;
      params = importingWrapperParams;
    }
  }
  registerWrapper(filename, params);
  const transformed = transformAwaitIfEnabled(content);
  let compiled;
  if (transformed !== content) {
    try {
      compiled = compileFunction(transformed, filename, 0, params);
    } catch {
      // The rewrite is never allowed to break a module: the original is compiled below.
    }
  }
  if (compiled === undefined) {
    try {
      compiled = compileFunction(content, filename, 0, params);
    } catch (error) {
      if (error instanceof SyntaxError) recordSyntaxErrorLocation(error, content);
      throw error;
    }
  }
  if (params === importingWrapperParams) importingWrappers.add(compiled);
  return compiled;
}

// Whether a compiled wrapper takes the import() function as its extra argument.
function importsDynamically(compiledWrapper) { return importingWrappers.has(compiledWrapper); }

function dynamicImportFrom(filename) {
  return (specifier, options) => require('internal/modules/esm/loader').importFromCommonJS(specifier, filename, options);
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = wrapSafe(filename, content);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  const topLevel = requireDepth === 0;
  if (topLevel) statCache = new Map();
  const args = [exports, require, module, filename, dirname];
  if (importsDynamically(compiledWrapper)) args.push(dynamicImportFrom(filename));
  try {
    return Reflect.apply(compiledWrapper, thisValue, args);
  } finally {
    if (topLevel) statCache = null;
  }
};

function makeRequireFunction(mod) {
  const require = function require(id) { return mod.require(id); };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module._extensions['.js'] = function(module, filename) {
  const content = readModuleSource(filename);
  if (filename.endsWith('.js')) {
    const pkg = packageJsonReader.getNearestParentPackageJSON(filename);
    if (pkg?.type === 'module') {
      const parent = moduleParents.get(module);
      throw new ERR_REQUIRE_ESM(filename, true, parent?.filename);
    }
  }
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = readModuleSource(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(stripBOM(content)));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  process.dlopen(module, filename);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module._initPaths = function() {
  // --no-global-search-paths: neither the home and prefix directories nor NODE_PATH.
  if (require('internal/options').isOptionOn('--no-global-search-paths')) {
    Module.globalPaths = [];
    return;
  }
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  }
  Module.globalPaths = paths;
};

// The entry point is an ES module when it is a .mjs file, or a .js file in a "type": "module" scope.
function isESMEntry(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (!mainPath.endsWith('.js')) return false;
  return packageJsonReader.getNearestParentPackageJSON(mainPath)?.type === 'module';
}

Module.runMain = function runMain(main = process.argv[1]) {
  let mainPath;
  try {
    mainPath = Module._findPath(path.resolve(main), null, true);
  } catch {
    mainPath = false;
  }
  if (mainPath && isESMEntry(mainPath)) {
    require('internal/modules/esm/loader').runMainESM(mainPath);
    return;
  }
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};

Module.findSourceMap = function findSourceMap() { return undefined; };

// Loader hooks and source maps are not built: these say so instead of being missing.
Module.register = function register(specifier) {
  const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
  throw new ERR_NOT_IMPLEMENTED('module.register() (module customization hooks)');
};
Module.SourceMap = class SourceMap {
  constructor(payload) {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED('module.SourceMap');
  }
};

Module.initialize = function initialize(options) {
  preserveSymlinks = '--preserve-symlinks' in options.flags || process.env.NODE_PRESERVE_SYMLINKS === '1';
  preserveSymlinksMain = '--preserve-symlinks-main' in options.flags;
  Module._initPaths();
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (const request of requests) parent.require(request);
};

module.exports = {
  Module, wrapSafe, kIsMainSymbol, makeRequireFunction, enableAwaitTransform, transformAwaitIfEnabled,
  dynamicImportFrom, importsDynamically, isESMEntry,
};
