'use strict';
// fs.cp, fs.cpSync and fs.promises.cp. The copy is written once, as a generator of the
// file-system operations it needs (internal/fs/ops): the *Sync functions perform them for
// cpSync, fs.promises for cp. So the three forms cannot drift apart.

const pathModule = require('path');
const {
  SystemError,
  codes: { ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateObject } = require('internal/validators');
const { os: { errno: { EEXIST, EISDIR, EINVAL, ENOTDIR } } } = internalBinding('constants');

const { dirname, isAbsolute, join, parse, resolve, sep } = pathModule;

const defaultOptions = {
  dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
  recursive: false, verbatimSymlinks: false,
};

function validateCpOptions(options, getValidMode) {
  if (options === undefined) return { ...defaultOptions, mode: 0 };
  validateObject(options, 'options');
  options = { ...defaultOptions, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  options.mode = getValidMode(options.mode, 0);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const failures = {
  EINVAL: ['ERR_FS_CP_EINVAL', 'Invalid src or dest', EINVAL, 'EINVAL'],
  DIR_TO_NON_DIR: ['ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', EISDIR, 'EISDIR'],
  NON_DIR_TO_DIR: ['ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', ENOTDIR, 'ENOTDIR'],
  EISDIR: ['ERR_FS_EISDIR', 'Path is a directory', EISDIR, 'EISDIR'],
  EEXIST: ['ERR_FS_CP_EEXIST', 'Target already exists', EEXIST, 'EEXIST'],
  SOCKET: ['ERR_FS_CP_SOCKET', 'Cannot copy a socket file', EINVAL, 'EINVAL'],
  FIFO: ['ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', EINVAL, 'EINVAL'],
  UNKNOWN: ['ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', EINVAL, 'EINVAL'],
  SYMLINK_TO_SUBDIRECTORY: ['ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', EINVAL, 'EINVAL'],
};

function cpError(kind, message, path) {
  const [key, prefix, errno, code] = failures[kind];
  return new SystemError({ message, path, syscall: 'cp', errno, code }, key, prefix);
}

const { op, runSync, runAsync } = require('internal/fs/ops');

function isSrcSubdir(src, dest) {
  const srcParts = resolve(src).split(sep).filter(Boolean);
  const destParts = resolve(dest).split(sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

function* statOrNull(name, path, options) {
  try {
    return yield op(name, path, options);
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* checkPaths(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = yield op('filter', src, dest);
    if (!shouldCopy) return { skipped: true };
  }
  const statName = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield op(statName, src, { bigint: true });
  const destStat = yield* statOrNull(statName, dest, { bigint: true });
  if (destStat) {
    if (areIdentical(srcStat, destStat)) throw cpError('EINVAL', 'src and dest cannot be the same', dest);
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('DIR_TO_NON_DIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('NON_DIR_TO_DIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError('EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return { srcStat, destStat, skipped: false };
}

function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  const destStat = yield* statOrNull('stat', destParent, { bigint: true });
  if (destStat === null) return;
  if (areIdentical(srcStat, destStat)) {
    throw cpError('EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield op(opts.dereference ? 'stat' : 'lstat', src);
  if (srcStat.isDirectory() && opts.recursive) return yield* onDir(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) {
    throw cpError('EISDIR', `${src} is a directory (not copied)`, src);
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* onFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return yield* onLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) throw cpError('SOCKET', `cannot copy a socket file: ${dest}`, dest);
  if (srcStat.isFIFO()) throw cpError('FIFO', `cannot copy a FIFO pipe: ${dest}`, dest);
  throw cpError('UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest);
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      yield op('unlink', dest);
    } else {
      if (opts.errorOnExist) throw cpError('EEXIST', `${dest} already exists`, dest);
      return;
    }
  }
  yield op('copyFile', src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // A read-only copy cannot take new times until it is writable.
    if ((srcStat.mode & 0o200) === 0) yield op('chmod', dest, srcStat.mode | 0o200);
    // The source's atime changed when it was read: stat it again.
    const updated = yield op('stat', src);
    yield op('utimes', dest, updated.atime, updated.mtime);
  }
  yield op('chmod', dest, srcStat.mode);
}

function* onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    yield op('mkdir', dest);
    yield* copyDir(src, dest, opts);
    yield op('chmod', dest, srcStat.mode);
    return;
  }
  yield* copyDir(src, dest, opts);
}

function* copyDir(src, dest, opts) {
  const names = yield op('readdir', src);
  for (const name of names) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield op('readlink', src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
  if (!destStat) {
    yield op('symlink', resolvedSrc, dest);
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield op('readlink', dest);
  } catch (err) {
    // dest is not a link: symlink() reports that dest exists.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield op('symlink', resolvedSrc, dest);
      return;
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError('EINVAL', `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest);
  }
  // Replacing dest when src lives inside it would leave a dangling link.
  const srcStat = yield op('stat', src);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError('SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest);
  }
  yield op('unlink', dest);
  yield op('symlink', resolvedSrc, dest);
}

function* copy(src, dest, opts) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  if (!(yield op('exists', dirname(dest)))) yield op('mkdir', dirname(dest), { recursive: true });
  yield* copyEntry(destStat, src, dest, opts);
}

function cpSyncFn(src, dest, opts) {
  const fs = require('fs');
  return runSync(copy(src, dest, opts), ({ name, args }) => {
    switch (name) {
      case 'filter': {
        const result = opts.filter(...args);
        if (typeof result?.then === 'function') throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
        return result;
      }
      case 'exists': return fs.existsSync(args[0]);
      case 'readdir': return fs.readdirSync(args[0]);
      default: return fs[`${name}Sync`](...args);
    }
  });
}

function cpFn(src, dest, opts) {
  const { promises } = require('fs');
  return runAsync(copy(src, dest, opts), ({ name, args }) => {
    switch (name) {
      case 'filter': return opts.filter(...args);
      case 'exists': return promises.access(args[0]).then(() => true, () => false);
      default: return promises[name](...args);
    }
  });
}

module.exports = { cpFn, cpSyncFn, validateCpOptions };
