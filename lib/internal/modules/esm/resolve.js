'use strict';
// The package "exports" and "imports" resolution of Node's module algorithm: subpaths,
// "*" patterns, condition objects, arrays of fallbacks, null targets.

const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER, ERR_INVALID_PACKAGE_CONFIG, ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_PACKAGE_PATH_NOT_EXPORTED,
  },
} = require('internal/errors');
const path = require('path');

const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegEx = /^\.|%|\\/;

function isConditionalExportsMainSugar(exports, packageJSONPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  let i = 0;
  for (const key of keys) {
    const curIsConditionalSugar = key === '' || key[0] !== '.';
    if (i++ === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      throw new ERR_INVALID_PACKAGE_CONFIG(packageJSONPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

function isArrayIndex(key) {
  const keyNum = +key;
  if (`${keyNum}` !== key) return false;
  return keyNum >= 0 && keyNum < 0xFFFFFFFF;
}

// packageDir ends with "/"; the result is an absolute path, or null for a null target.
function resolvePackageTargetString(target, subpath, match, packageDir, base, pattern, internal, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, packageDir, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      let isURL = false;
      try {
        new URL(target);
        isURL = true;
      } catch {
        // Not a URL: a bare specifier resolved as a package.
      }
      if (!isURL) {
        const exportTarget = pattern ? target.replaceAll('*', () => subpath) : target + subpath;
        return { bare: exportTarget };
      }
    }
    throw invalidPackageTarget(match, target, packageDir, internal, base);
  }
  if (invalidSegmentRegEx.test(target.slice(2))) {
    if (!deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
      // Deprecated "." segments are allowed with a warning in Node; accept them here.
    } else {
      throw invalidPackageTarget(match, target, packageDir, internal, base);
    }
  }
  const resolvedPath = path.resolve(packageDir, target);
  if (!resolvedPath.startsWith(packageDir.endsWith('/') ? packageDir.slice(0, -1) : packageDir)) {
    throw invalidPackageTarget(match, target, packageDir, internal, base);
  }
  if (subpath === '') return resolvedPath;
  if (invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (deprecatedInvalidSegmentRegEx.test(subpath)) {
      throw new ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${match}" for the "${internal ? 'imports' : 'exports'}" resolution of ${packageDir}package.json`,
        base);
    }
  }
  if (pattern) return resolvedPath.replaceAll('*', () => subpath);
  return path.resolve(resolvedPath, subpath);
}

function invalidPackageTarget(subpath, target, packageDir, internal, base) {
  if (typeof target === 'object' && target !== null) target = JSON.stringify(target, null, '');
  else target = `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(packageDir, subpath, target, internal, base);
}

function resolvePackageTarget(packageDir, target, subpath, packageSubpath, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, packageDir, base, pattern, internal, conditions);
  } else if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(packageDir, target[i], subpath, packageSubpath, base, pattern,
          internal, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolveResult === undefined) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  } else if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(`${packageDir}package.json`, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || conditions.has(key)) {
        const resolveResult = resolvePackageTarget(packageDir, target[key], subpath, packageSubpath, base,
          pattern, internal, conditions);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  } else if (target === null) {
    return null;
  }
  throw invalidPackageTarget(packageSubpath, target, packageDir, internal, base);
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// packageDir: the package's directory ending with "/"; packageSubpath: "." or "./x".
function packageExportsResolve(packageDir, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  const packageJSONPath = `${packageDir}package.json`;
  if (isConditionalExportsMainSugar(exports, packageJSONPath, base)) exports = { '.': exports };

  if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) && !packageSubpath.includes('*') &&
      !packageSubpath.endsWith('/')) {
    const target = exports[packageSubpath];
    const resolveResult = resolvePackageTarget(packageDir, target, '', packageSubpath, base, false, false, conditions);
    if (resolveResult == null) throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir, packageSubpath, base);
    return resolveResult;
  }

  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && packageSubpath.startsWith(key.slice(0, patternIndex))) {
      const patternTrailer = key.slice(patternIndex + 1);
      if (packageSubpath.length >= key.length && packageSubpath.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = packageSubpath.slice(patternIndex, packageSubpath.length - patternTrailer.length);
      }
    }
  }

  if (bestMatch) {
    const target = exports[bestMatch];
    const resolveResult = resolvePackageTarget(packageDir, target, bestMatchSubpath, bestMatch, base, true, false,
      conditions);
    if (resolveResult == null) throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir, packageSubpath, base);
    return resolveResult;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir, packageSubpath, base);
}

// name: "#x"; packageConfig: the scope's package.json; returns a path or { bare } specifier.
function packageImportsResolve(name, base, conditions, packageConfig) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  let packageDir;
  if (packageConfig?.exists) {
    packageDir = `${path.dirname(packageConfig.pjsonPath)}/`;
    const imports = packageConfig.imports;
    if (imports) {
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const resolveResult = resolvePackageTarget(packageDir, imports[name], '', name, base, false, true, conditions);
        if (resolveResult != null) return resolveResult;
      } else {
        let bestMatch = '';
        let bestMatchSubpath;
        for (const key of Object.getOwnPropertyNames(imports)) {
          const patternIndex = key.indexOf('*');
          if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
            const patternTrailer = key.slice(patternIndex + 1);
            if (name.length >= key.length && name.endsWith(patternTrailer) &&
                patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
              bestMatch = key;
              bestMatchSubpath = name.slice(patternIndex, name.length - patternTrailer.length);
            }
          }
        }
        if (bestMatch) {
          const resolveResult = resolvePackageTarget(packageDir, imports[bestMatch], bestMatchSubpath, bestMatch,
            base, true, true, conditions);
          if (resolveResult != null) return resolveResult;
        }
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, packageDir, base);
}

function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) validPackageName = false;
    else separatorIndex = specifier.indexOf('/', separatorIndex + 1);
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.test(packageName)) validPackageName = false;
  if (!validPackageName) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  const packageSubpath = `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`;
  return { packageName, packageSubpath, isScoped };
}

module.exports = { packageExportsResolve, packageImportsResolve, parsePackageName };
