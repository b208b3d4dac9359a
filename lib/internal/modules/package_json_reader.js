'use strict';
// Reads and caches package.json files for module resolution.

const { readFileUtf8, internalModuleStat } = internalBinding('fs');
const path = require('path');

const cache = new Map();

// Returns undefined when there is no package.json at `jsonPath`, else its relevant fields.
function read(jsonPath) {
  if (cache.has(jsonPath)) return cache.get(jsonPath);
  let result;
  if (internalModuleStat(jsonPath) === 0) {
    let text;
    try {
      text = readFileUtf8(jsonPath);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        const err = new SyntaxError(`Error parsing ${jsonPath}: ${error.message}`);
        err.path = jsonPath;
        throw err;
      }
      // Only own properties count: inherited ones (a polluted Object.prototype) must not.
      const own = (key) => (parsed !== null && typeof parsed === 'object' &&
        Object.prototype.hasOwnProperty.call(parsed, key) ? parsed[key] : undefined);
      const name = own('name'), main = own('main'), type = own('type');
      result = {
        exists: true,
        pjsonPath: jsonPath,
        name: typeof name === 'string' ? name : undefined,
        main: typeof main === 'string' ? main : undefined,
        exports: own('exports'),
        imports: own('imports'),
        type: type === 'module' || type === 'commonjs' ? type : 'none',
      };
    }
  }
  cache.set(jsonPath, result);
  return result;
}

// The nearest package.json at or above the directory of `checkPath`.
function getNearestParentPackageJSON(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return undefined;
    const pkg = read(path.join(dir, 'package.json'));
    if (pkg !== undefined) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function getPackageScopeConfig(filePath) {
  return getNearestParentPackageJSON(filePath);
}

function getPackageType(filePath) {
  return getNearestParentPackageJSON(filePath)?.type ?? 'none';
}

module.exports = { read, getNearestParentPackageJSON, getPackageScopeConfig, getPackageType, cache };
