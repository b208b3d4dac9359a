'use strict';
// The ES module loader: Node's ESM resolution, module records for ES modules, CommonJS files,
// builtins and JSON, linking (export names checked before anything runs), evaluation in the
// standard's post-order with cycles and top-level await, namespaces, `import()` and `import.meta`.
// ES modules run as generator functions made by internal/modules/esm/transform.

const path = require('path');
const { readFileUtf8, internalModuleStat, realpath: realpathNative } = internalBinding('fs');
const { runScript } = internalBinding('contextify');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { URL, pathToFileURL, fileURLToPath } = require('internal/url');
const packageJsonReader = require('internal/modules/package_json_reader');
const { packageExportsResolve, packageImportsResolve, parsePackageName } = require('internal/modules/esm/resolve');
const { transformModule, moduleFunctionSource, kSyntaxErrorAt } = require('internal/modules/esm/transform');
const { registerFirstLineShift } = require('internal/error_stack');
const {
  codes: {
    ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_BUILTIN_MODULE, ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_INVALID_MODULE_SPECIFIER, ERR_IMPORT_ASSERTION_TYPE_MISSING,
    ERR_IMPORT_ASSERTION_TYPE_FAILED, ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED, ERR_UNKNOWN_MODULE_FORMAT,
  },
} = require('internal/errors');

let cjsLoader;
const cjs = () => (cjsLoader ??= require('internal/modules/cjs/loader'));
const recordSyntaxErrorLocation = (error, source) =>
  require('internal/process/execution').recordSyntaxErrorLocation(error, source);

const esmConditions = require('internal/options').resolveConditions('import');
const preserveSymlinks = () => process.env.NODE_PRESERVE_SYMLINKS === '1' || require('internal/options').isOptionOn('--preserve-symlinks');

// ---- Resolution ----

function isRelativeSpecifier(specifier) {
  if (specifier[0] === '.') {
    return specifier.length === 1 || specifier[1] === '/' ||
      (specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/'));
  }
  return false;
}

function displayPath(parentURL) {
  if (parentURL === undefined) return undefined;
  return parentURL.startsWith('file:') ? fileURLToPath(parentURL) : parentURL;
}

const kStatFile = 0;
const kStatDirectory = 1;

function notFound(filename, parentURL, kind) {
  return new ERR_MODULE_NOT_FOUND(filename, displayPath(parentURL), kind);
}

function legacyMainResolve(packageDir, pkg, parentURL) {
  const candidates = [];
  if (pkg?.main) {
    candidates.push(pkg.main, `${pkg.main}.js`, `${pkg.main}.json`, `${pkg.main}.node`,
      `${pkg.main}/index.js`, `${pkg.main}/index.json`, `${pkg.main}/index.node`);
  }
  candidates.push('index.js', 'index.json', 'index.node');
  for (const candidate of candidates) {
    const filename = path.resolve(packageDir, candidate);
    if (internalModuleStat(filename) === kStatFile) return filename;
  }
  throw notFound(packageDir, parentURL, 'package');
}

// A bare specifier: the package's "exports", or its files when it has none.
function packageResolve(specifier, parentURL) {
  const parentPath = parentURL.startsWith('file:') ? fileURLToPath(parentURL) : path.join(process.cwd(), 'x');
  const { packageName, packageSubpath } = parsePackageName(specifier, displayPath(parentURL));
  const scope = packageJsonReader.getNearestParentPackageJSON(parentPath);
  if (scope?.exists && scope.name === packageName && scope.exports !== undefined && scope.exports !== null) {
    return packageExportsResolve(`${path.dirname(scope.pjsonPath)}/`, packageSubpath, scope, displayPath(parentURL), esmConditions);
  }
  let dir = path.dirname(parentPath);
  for (;;) {
    const packageDir = path.join(dir, 'node_modules', packageName);
    if (path.basename(dir) !== 'node_modules' && internalModuleStat(packageDir) === kStatDirectory) {
      const pkg = packageJsonReader.read(path.join(packageDir, 'package.json'));
      if (pkg?.exports !== undefined && pkg.exports !== null) {
        return packageExportsResolve(`${packageDir}/`, packageSubpath, pkg, displayPath(parentURL), esmConditions);
      }
      if (packageSubpath === '.') return legacyMainResolve(packageDir, pkg, parentURL);
      return path.join(packageDir, packageSubpath);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw notFound(packageName, parentURL, 'package');
}

function targetToURL(target, parentURL) {
  if (typeof target === 'object' && target !== null && 'bare' in target) return resolve(target.bare, parentURL);
  return pathToFileURL(target).href;
}

// The URL of `specifier` imported from `parentURL`: "node:x" for builtins, "file:" URLs otherwise.
function resolve(specifier, parentURL) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier;
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  let url;
  if (specifier[0] === '/' || isRelativeSpecifier(specifier)) {
    url = new URL(specifier, parentURL);
  } else if (specifier[0] === '#') {
    const parentPath = fileURLToPath(parentURL);
    const scope = packageJsonReader.getNearestParentPackageJSON(parentPath);
    return targetToURL(packageImportsResolve(specifier, parentPath, esmConditions, scope), parentURL);
  } else {
    try {
      url = new URL(specifier);
    } catch {
      return targetToURL(packageResolve(specifier, parentURL), parentURL);
    }
  }
  if (url.protocol === 'node:') return resolve(url.href, parentURL);
  if (url.protocol === 'data:') return url.href;
  if (url.protocol !== 'file:') throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url);
  return finalizeFileURL(url, parentURL, specifier);
}

// The file a directory import probably meant: what require() would load for the specifier.
// As in Node, a relative specifier is tried against the working directory, not the importer's.
function directoryImportSuggestion(directory, parentURL, specifier) {
  let target;
  try {
    const candidate = isRelativeSpecifier(specifier) ? path.resolve(specifier) : directory;
    if (internalModuleStat(candidate) !== kStatDirectory) return '';
    target = legacyMainResolve(candidate, packageJsonReader.read(path.join(candidate, 'package.json')), parentURL);
  } catch {
    return '';
  }
  if (isRelativeSpecifier(specifier) && parentURL?.startsWith('file:')) {
    let relative = path.relative(path.dirname(fileURLToPath(parentURL)), target);
    if (!relative.startsWith('.')) relative = `./${relative}`;
    return `\nDid you mean to import "${relative}"?`;
  }
  return `\nDid you mean to import "${target}"?`;
}

function finalizeFileURL(url, parentURL, specifier) {
  if (/%2f|%5c/i.test(url.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(url.pathname, 'must not include encoded "/" or "\\" characters',
      displayPath(parentURL));
  }
  const filename = fileURLToPath(url);
  const kind = internalModuleStat(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (kind === kStatDirectory) {
    const directory = filename.endsWith('/') ? filename.slice(0, -1) : filename;
    const error = new ERR_UNSUPPORTED_DIR_IMPORT(directory, displayPath(parentURL));
    error.message += directoryImportSuggestion(directory, parentURL, specifier);
    error.url = url.href;
    throw error;
  }
  if (kind !== kStatFile) {
    const error = notFound(filename, parentURL, 'module');
    error.url = url.href;
    throw error;
  }
  if (preserveSymlinks()) return url.href;
  const real = pathToFileURL(realpathNative(filename));
  real.search = url.search;
  real.hash = url.hash;
  return real.href;
}

function formatOf(url) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const mime = /^data:([^,;]*)/.exec(url)?.[1];
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  }
  const filename = fileURLToPath(url);
  const extension = path.extname(filename);
  if (extension === '.mjs') return 'module';
  if (extension === '.cjs') return 'commonjs';
  if (extension === '.json') return 'json';
  if (extension === '.node') return 'commonjs';
  if (extension === '.js' || extension === '') {
    const pkg = packageJsonReader.getNearestParentPackageJSON(filename);
    return pkg?.type === 'module' ? 'module' : 'commonjs';
  }
  throw new ERR_UNKNOWN_FILE_EXTENSION(extension, filename);
}

// ---- Module records ----

const moduleMap = new Map();   // url -> ModuleRecord

// Records have no Object.prototype above them: a program's setters there never see loader state.
class ModuleRecord {
  constructor(url, format) {
    this.url = url;
    this.format = format;
    this.status = 'new';        // new, linked, evaluating, evaluated, errored
    this.error = undefined;
    this.evaluation = undefined;   // the promise of an evaluation that awaits
    this.dependencies = [];
    this.importers = new Set();
    this.namespace = undefined;
    this.refreshNamespace = undefined;
    this.exports = undefined;      // builtin, JSON and CommonJS: the value module.exports had
    // ES modules:
    this.transformed = undefined;
    this.generator = undefined;
    this.isAsync = false;
    this.instantiated = undefined;
    this.localGetters = undefined;
    this.updateImports = undefined;
    this.importReaders = undefined;
  }
}

Object.setPrototypeOf(ModuleRecord.prototype, null);

function dataURLSource(url) {
  const match = /^data:[^,]*?(;base64)?,/.exec(url);
  const payload = url.slice(match[0].length);
  return match[1] ? Buffer.from(decodeURIComponent(payload), 'base64').toString() : decodeURIComponent(payload);
}

function readSource(url) {
  return url.startsWith('data:') ? dataURLSource(url) : readFileUtf8(fileURLToPath(url));
}

function validateAttributes(url, format, attributes) {
  const type = attributes?.type;
  if (format === 'json') {
    if (type === undefined) throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
    if (type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
  } else if (type !== undefined) {
    if (type === 'json') throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  }
}

// --check: compiles a module's source without loading what it imports or running it.
function checkModuleSyntax(source, url) {
  compileModule(new ModuleRecord(url, 'module'), source, false);
}

function compileModule(record, source, instantiate = true) {
  let transformed;
  try {
    transformed = transformModule(source);
  } catch (error) {
    const at = error?.[kSyntaxErrorAt];
    if (at !== undefined) {
      const before = source.slice(0, at[0]);
      const line = before.split('\n').length;
      const column = at[0] - (before.lastIndexOf('\n') + 1);
      require('internal/process/execution').recordSyntaxErrorAt(error, record.url, line,
        source.slice(at[0], at[0] + at[1]) || undefined, column);
    }
    throw error;
  }
  if (transformed === null) {
    transformed = { body: source, requests: [], imports: [], localExports: [], indirectExports: [], starExports: [],
      usesMeta: false, constantImports: [] };
  }
  const compile = (isAsync) => {
    const { prologue, source: functionSource } = moduleFunctionSource(transformed, isAsync);
    registerFirstLineShift(record.url, prologue.length);
    return runScript(functionSource, record.url);
  };
  let moduleFunction;
  try {
    moduleFunction = compile(false);
  } catch (error) {
    if (!(error instanceof SyntaxError) || !source.includes('await')) {
      if (error instanceof SyntaxError) recordSyntaxErrorLocation(error, source);
      throw error;
    }
    try {
      moduleFunction = compile(true);
      record.isAsync = true;
    } catch (asyncError) {
      if (asyncError instanceof SyntaxError) recordSyntaxErrorLocation(asyncError, source);
      throw asyncError;
    }
  }
  record.transformed = transformed;
  if (!instantiate) return;
  const moduleApi = {
    x(getters) { record.localGetters = getters; },
    u(update) { record.updateImports = update; },
    // The module reassigned an exported binding (see markAssignments in the transform).
    p(value) {
      if (record.importers.size > 0 || record.namespace !== undefined) notifyImporters(record);
      return value;
    },
  };
  // An assignment to an imported binding (see markImportAssignments in the transform).
  transformed.constantImports.forEach((bindingIndex, slot) => {
    let read;
    const set = function() {
      const error = new TypeError('Assignment to constant variable.');
      Error.captureStackTrace(error, set);
      throw error;
    };
    Object.defineProperty(moduleApi, `c${slot}`, {
      __proto__: null,
      get() { return (read ??= importReaders(record)[bindingIndex])(); },
      set,
    });
  });
  const meta = transformed.usesMeta ? createImportMeta(record.url) : undefined;
  record.generator = moduleFunction(moduleApi, (specifier, options) => importDynamically(specifier, record.url, options), meta);
  // Up to the first `yield`: function declarations exist and the exports can be read.
  const first = record.generator.next();
  // An async generator reaches its `yield` after a promise job; its code can run without delay
  // only from then on (see importURL).
  if (record.isAsync) record.instantiated = first;
}

function createImportMeta(url) {
  const meta = { __proto__: null };
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  // A file that does not exist (or a directory) still has a URL, which is the answer.
  meta.resolve = {
    resolve(specifier) {
      try {
        return resolve(`${specifier}`, url);   // a method's name is no binding: the module's resolve
      } catch (error) {
        if ((error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && error.url) {
          return error.url;
        }
        throw error;
      }
    },
  }.resolve;
  meta.url = url;
  return meta;
}

// Creates the records of `url` and everything it imports, depth first.
function loadRecord(url, attributes, created) {
  let record = moduleMap.get(url);
  const format = record?.format ?? formatOf(url);
  validateAttributes(url, format, attributes);
  if (record !== undefined) return record;
  record = new ModuleRecord(url, format);
  moduleMap.set(url, record);
  created.push(record);
  if (format === 'builtin') {
    record.exports = cjs().Module._load(url, null, false);
    record.status = 'evaluated';
  } else if (format === 'json') {
    const source = readSource(url);
    try {
      record.exports = JSON.parse(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source);
    } catch (error) {
      error.message = `${url.startsWith('file:') ? fileURLToPath(url) : url}: ${error.message}`;
      throw error;
    }
    record.status = 'evaluated';
  } else if (format === 'module') {
    instantiate(record, readSource(url), created);
  }
  return record;
}

function instantiate(record, source, created) {
  compileModule(record, source);
  for (const request of record.transformed.requests) {
    const dependency = loadRecord(resolve(request.specifier, record.url), request.attributes, created);
    record.dependencies.push(dependency);
    dependency.importers.add(record);
  }
}

// ---- Exports ----

// A function that reads export `name` of `record`, or null when it has none.
function resolveExport(record, name, visited = new Set()) {
  if (record.format !== 'module') {
    if (name === 'default') return () => record.exports;
    if (record.format === 'json') return null;
    if (record.format === 'commonjs' && record.status !== 'evaluated') {
      return () => record.exports?.[name];
    }
    return hasNamedExport(record, name) ? () => record.exports[name] : null;
  }
  const key = `${name}`;
  if (visited.has(record)) return null;
  visited.add(record);
  const getters = record.localGetters;
  if (getters !== undefined && Object.prototype.hasOwnProperty.call(getters, key)) return getters[key];
  const { indirectExports, starExports } = record.transformed;
  for (const entry of indirectExports) {
    if (entry.exported !== name) continue;
    const dependency = record.dependencies[entry.request];
    if (entry.name === '*') return () => getNamespace(dependency);
    return resolveExport(dependency, entry.name, new Set());
  }
  if (name === 'default') return null;
  for (const request of starExports) {
    const found = resolveExport(record.dependencies[request], name, visited);
    if (found !== null) return found;
  }
  return null;
}

function hasNamedExport(record, name) {
  const { exports } = record;
  if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) return false;
  return Object.prototype.hasOwnProperty.call(exports, name) &&
    Object.prototype.propertyIsEnumerable.call(exports, name);
}

function exportedNames(record, visited = new Set()) {
  if (record.format !== 'module') {
    const names = ['default'];
    const { exports } = record;
    if (record.format !== 'json' && exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
      for (const key of Object.keys(exports)) if (key !== 'default') names.push(key);
    }
    return names;
  }
  if (visited.has(record)) return [];
  visited.add(record);
  const names = Object.keys(record.localGetters ?? {});
  for (const entry of record.transformed.indirectExports) names.push(entry.exported);
  for (const request of record.transformed.starExports) {
    for (const name of exportedNames(record.dependencies[request], visited)) {
      if (name !== 'default' && !names.includes(name)) names.push(name);
    }
  }
  return names;
}


function getNamespace(record) {
  if (record.namespace !== undefined) return record.namespace;
  const names = [...new Set(exportedNames(record))].sort();
  const getters = new Map();
  const target = { __proto__: null };
  // The target's values are what util.inspect shows (it looks through proxies): they are
  // refreshed whenever the module or one it re-exports from finishes evaluating.
  for (const name of names) {
    const getter = resolveExport(record, name);
    if (getter === null) continue;
    getters.set(name, getter);
    let value;
    try { value = getter(); } catch { value = undefined; }
    Object.defineProperty(target, name, { __proto__: null, value, writable: true, enumerable: true, configurable: false });
  }
  Object.defineProperty(target, Symbol.toStringTag, { __proto__: null, value: 'Module' });
  Object.preventExtensions(target);
  const namespace = new Proxy(target, {
    get(object, key, receiver) {
      const getter = typeof key === 'string' ? getters.get(key) : undefined;
      // A binding not initialized yet throws the engine's ReferenceError, as in V8.
      return getter === undefined ? Reflect.get(object, key, receiver) : getter();
    },
    getOwnPropertyDescriptor(object, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
      const getter = typeof key === 'string' ? getters.get(key) : undefined;
      if (descriptor !== undefined && getter !== undefined) descriptor.value = getter();
      return descriptor;
    },
    set() { return false; },
    defineProperty() { return false; },
    deleteProperty(object, key) { return !Reflect.has(object, key); },
    setPrototypeOf(object, proto) { return proto === null; },
  });
  record.namespace = namespace;
  record.refreshNamespace = () => {
    for (const [name, getter] of getters) {
      try { target[name] = getter(); } catch { /* not initialized yet */ }
    }
  };
  return namespace;
}

// Checked when the graph is linked: every name imported from an ES module, builtin or JSON module
// exists. Names imported from CommonJS are checked once that module has run.
function checkImports(record) {
  for (const binding of record.transformed.imports) {
    if (binding.name === '*') continue;
    const dependency = record.dependencies[binding.request];
    if (dependency.format === 'commonjs') continue;
    if (resolveExport(dependency, binding.name) === null) {
      throw missingExportError(record, binding, false);
    }
  }
  for (const entry of record.transformed.indirectExports) {
    if (entry.name === '*') continue;
    const dependency = record.dependencies[entry.request];
    if (dependency.format !== 'commonjs' && resolveExport(dependency, entry.name) === null) {
      throw missingExportError(record, entry, false);
    }
  }
}

function missingExportError(record, binding, fromCommonJS) {
  const { specifier } = record.transformed.requests[binding.request];
  let message;
  if (fromCommonJS) {
    message = `Named export '${binding.name}' not found. The requested module '${specifier}' is a CommonJS ` +
      'module, which may not support all module.exports as named exports.\nCommonJS modules can always be ' +
      `imported via the default export, for example using:\n\nimport pkg from '${specifier}';\n` +
      `const ${binding.listText.replace(/\s+as\s+/g, ': ').replace(/\s+/g, ' ')} = pkg;\n`;
  } else {
    message = `The requested module '${specifier}' does not provide an export named '${binding.name}'`;
  }
  const error = new SyntaxError(message);
  if (binding.position !== undefined) {
    // Reported like a syntax error: the import's line, the name underlined (a default import's
    // local name).
    const { body } = record.transformed;
    const before = body.slice(0, binding.position);
    const line = before.split('\n').length;
    const column = binding.position - (before.lastIndexOf('\n') + 1);
    const token = binding.name === 'default' && binding.local !== undefined ? binding.local : binding.name;
    require('internal/process/execution').recordSyntaxErrorAt(error, record.url, line, token, column, true);
  }
  return error;
}

// One reader per imported binding, made once the module is linked.
function importReaders(record) {
  return record.importReaders ??= record.transformed.imports.map((binding) => {
    const dependency = record.dependencies[binding.request];
    if (binding.name !== '*') return resolveExport(dependency, binding.name) ?? (() => undefined);
    return () => (dependency.format === 'commonjs' && dependency.status !== 'evaluated' ? undefined : getNamespace(dependency));
  });
}

function updateImports(record) {
  if (record.updateImports === undefined) return;
  const values = importReaders(record).map((read) => {
    try {
      return read();
    } catch {
      return undefined;   // not initialized yet: assigned again when its module has run
    }
  });
  record.updateImports(values);
}

// After `record` has run, the modules importing from it see its final bindings.
function notifyImporters(record, visited = new Set()) {
  record.refreshNamespace?.();
  for (const importer of record.importers) {
    if (visited.has(importer)) continue;
    visited.add(importer);
    if (importer.status === 'new') continue;
    updateImports(importer);
    if (importer.transformed.starExports.length > 0 || importer.transformed.indirectExports.length > 0) {
      notifyImporters(importer, visited);
    } else {
      importer.refreshNamespace?.();
    }
  }
}

// ---- Evaluation ----

// Runs `record` after what it imports; returns undefined when done, or a promise when some
// module on the way awaits at top level.
function evaluate(record) {
  switch (record.status) {
    case 'evaluated': return record.evaluation;
    case 'errored': throw record.error;
    case 'evaluating': return record.evaluation;   // a cycle: this module is on the stack
  }
  record.status = 'evaluating';
  const dependencies = record.dependencies;
  const fail = (error) => {
    record.status = 'errored';
    record.error = error;
    throw error;
  };
  const finish = () => {
    record.status = 'evaluated';
    notifyImporters(record);
  };
  // Dependencies that do not wait on an awaiting one run at once; this module waits for all.
  const waitingFor = [];
  let pending;
  try {
    for (const dependency of dependencies) {
      const evaluation = evaluate(dependency);
      if (evaluation !== undefined) waitingFor.push(evaluation);
    }
    pending = waitingFor.length === 0 ? runBody(record) : Promise.all(waitingFor).then(() => runBody(record));
  } catch (error) {
    fail(error);
  }
  if (pending === undefined) {
    finish();
    return undefined;
  }
  record.evaluation = pending.then(() => {
    finish();
    record.evaluation = undefined;
  }, fail);
  return record.evaluation;
}

function runBody(record) {
  if (record.format === 'commonjs') {
    const filename = fileURLToPath(record.url);
    const { Module } = cjs();
    record.exports = Module._load(filename, undefined, false);
    return undefined;
  }
  if (record.format !== 'module') return undefined;
  for (const binding of record.transformed.imports) {
    const dependency = record.dependencies[binding.request];
    if (dependency.format === 'commonjs' && binding.name !== '*' && binding.name !== 'default' &&
        dependency.status === 'evaluated' && !hasNamedExport(dependency, binding.name)) {
      throw missingExportError(record, binding, true);
    }
  }
  updateImports(record);
  const result = record.generator.next();
  if (!record.isAsync) {
    nameDefaultExport(record);
    return undefined;
  }
  return result.then(() => nameDefaultExport(record));
}

// `export default function () {}` and `export default class {}` are named "default".
function nameDefaultExport(record) {
  const getter = record.localGetters?.default;
  if (getter === undefined) return;
  let value;
  try { value = getter(); } catch { return; }
  if (typeof value === 'function' && value.name === '__apus_d') {
    Object.defineProperty(value, 'name', { __proto__: null, value: 'default', configurable: true });
  }
}

// Loads, links and evaluates `url` (or, given `source`, a module of that text at that URL);
// returns its record, and a promise when evaluation awaits.
function importURL(url, attributes, source = undefined) {
  const created = [];
  let record;
  try {
    if (source === undefined) {
      record = loadRecord(url, attributes, created);
    } else {
      record = new ModuleRecord(url, 'module');
      moduleMap.set(url, record);
      created.push(record);
      instantiate(record, source, created);
    }
    for (const fresh of created) if (fresh.format === 'module') checkImports(fresh);
  } catch (error) {
    // A graph that cannot be linked leaves nothing behind: a later import starts over.
    for (const fresh of created) moduleMap.delete(fresh.url);
    throw error;
  }
  for (const fresh of created) if (fresh.status === 'new') fresh.status = 'linked';
  const instantiating = created.filter((fresh) => fresh.isAsync).map((fresh) => fresh.instantiated);
  if (instantiating.length > 0) {
    return { record, pending: Promise.all(instantiating).then(() => evaluate(record)) };
  }
  return { record, pending: evaluate(record) };
}

// Like Node's, whose loader reads files asynchronously, a module not loaded yet runs after the
// current turn's promise jobs; one already evaluated is returned within promise jobs.
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function importDynamically(specifier, referrerURL, options) {
  let url;
  return Promise.resolve().then(() => {
    url = resolve(`${specifier}`, referrerURL);
    return moduleMap.get(url)?.status === 'evaluated' ? undefined : nextTurn();
  }).then(() => {
    const attributes = options?.with ?? options?.assert;
    const { record, pending } = importURL(url, attributes);
    return pending === undefined ? getNamespace(record) : pending.then(() => getNamespace(record));
  });
}

// import() in CommonJS code and in code evaluated outside any module (-e, the REPL).
function importFromCommonJS(specifier, filename, options) {
  const referrer = typeof filename === 'string' && path.isAbsolute(filename) ?
    pathToFileURL(filename).href : pathToFileURL(`${process.cwd()}/`).href;
  return importDynamically(specifier, referrer, options);
}

// `apus main.mjs`: the entry point as an ES module.
function runMainESM(mainPath) {
  runEntry(pathToFileURL(preserveSymlinks() ? mainPath : realpathNative(mainPath)).href);
}

// --import: each specifier resolved from the working directory and evaluated in turn; a promise
// when one awaits.
function importPreloads(specifiers) {
  const parentURL = pathToFileURL(`${process.cwd()}/`).href;
  let pending;
  const load = (specifier) => importURL(resolve(specifier, parentURL), undefined).pending;
  for (const specifier of specifiers) {
    pending = pending === undefined ? load(specifier) : pending.then(() => load(specifier));
  }
  return pending;
}

// `--input-type=module` code from -e or stdin, as the module at `url`.
function runModuleSource(source, url) {
  runEntry(url, source);
}

function runEntry(url, source) {
  const { pending } = importURL(url, undefined, source);
  if (pending === undefined) return;
  // Top-level await still pending when the loop runs dry ends the process with code 13.
  const onExit = (code) => {
    if (code === 0 || code === undefined) process.exitCode = 13;
  };
  process.on('exit', onExit);
  pending.then(() => process.removeListener('exit', onExit), (error) => {
    process.removeListener('exit', onExit);
    require('internal/process/execution').triggerUncaughtException(error, true);
  });
}

// Builtin namespaces read the builtin's current exports; importers' bindings catch up here.
function syncBuiltinESMExports() {
  for (const record of moduleMap.values()) {
    if (record.format === 'builtin') notifyImporters(record);
  }
}

module.exports = {
  resolve, runMainESM, runModuleSource, importPreloads, checkModuleSyntax, importFromCommonJS, importDynamically,
  syncBuiltinESMExports,
};
