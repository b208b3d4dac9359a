'use strict';
// Recursive removal for fs.rm / rmSync / promises.rm and the deprecated recursive rmdir.
// One algorithm (a generator of operations, internal/fs/ops); an operation that fails with a
// transient error restarts the removal up to maxRetries times, waiting retryDelay ms more
// each time.

const { join } = require('path');
const { op, runSync, runAsync } = require('internal/fs/ops');
const { SystemError } = require('internal/errors');
const { validateBoolean, validateInt32, validateObject, validateUint32 } = require('internal/validators');
const { os: { errno: { EISDIR } } } = internalBinding('constants');

const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);
const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmdirOptions(options, defaults) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmOptions(options) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  return options;
}

function isDirectoryError(path) {
  return new SystemError({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: EISDIR },
    'ERR_FS_EISDIR', 'Path is a directory');
}

// The checks rm makes before removing: a missing path is fine with force; a directory needs
// recursive.
function* checkRm(path, options) {
  let stats;
  try {
    stats = yield op('lstat', path);
  } catch (err) {
    if (options.force && err.code === 'ENOENT') return false;
    throw err;
  }
  if (stats.isDirectory() && !options.recursive) throw isDirectoryError(path);
  return true;
}

// Names are read as bytes: a name that is not UTF-8 is joined as bytes (a Buffer path), since
// a string made from it would name another file.
function childPath(parent, name) {
  const { Buffer, isUtf8 } = require('buffer');
  if (typeof parent === 'string' && isUtf8(name)) return join(parent, name.toString());
  const parentBytes = Buffer.from(parent);
  const separator = parentBytes[parentBytes.length - 1] === 0x2f ? [] : [Buffer.from('/')];
  return Buffer.concat([parentBytes, ...separator, name]);
}

function* removeTree(path) {
  try {
    const stats = yield op('lstat', path);
    if (stats.isDirectory()) {
      for (const name of yield op('readdir', path)) yield* removeTree(childPath(path, name));
      yield op('rmdir', path);
    } else {
      yield op('unlink', path);
    }
  } catch (err) {
    // Gone before its turn (another process removing the same tree): what was asked for.
    if (err.code === 'ENOENT') return;
    throw err;
  }
}

function* rm(path, options) {
  if (yield* checkRm(path, options)) yield* removeTree(path);
}

function syncPerform({ name, args }) {
  const fs = require('fs');
  return name === 'readdir' ? fs.readdirSync(args[0], 'buffer') : fs[`${name}Sync`](...args);
}

function asyncPerform({ name, args }) {
  const { promises } = require('fs');
  return name === 'readdir' ? promises.readdir(args[0], 'buffer') : promises[name](...args);
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withRetries(makeGenerator, options) {
  for (let tries = 0; ; tries++) {
    try {
      return runSync(makeGenerator(), syncPerform);
    } catch (err) {
      if (!retryErrorCodes.has(err.code) || tries >= options.maxRetries) throw err;
      sleepSync((tries + 1) * options.retryDelay);
    }
  }
}

async function withRetriesAsync(makeGenerator, options) {
  for (let tries = 0; ; tries++) {
    try {
      return await runAsync(makeGenerator(), asyncPerform);
    } catch (err) {
      if (!retryErrorCodes.has(err.code) || tries >= options.maxRetries) throw err;
      await new Promise((resolve) => setTimeout(resolve, (tries + 1) * options.retryDelay));
    }
  }
}

function rmSync(path, options) {
  options = validateRmOptions(options);
  withRetries(() => rm(path, options), options);
}

function rmAsync(path, options) {
  options = validateRmOptions(options);
  return withRetriesAsync(() => rm(path, options), options);
}

// rmdir(path, { recursive: true }): a directory is removed with its contents; anything else
// goes to rmdir, which reports it.
function* rmdirRecursive(path) {
  const stats = yield op('lstat', path);
  if (!stats.isDirectory()) {
    yield op('rmdir', path);
    return;
  }
  yield* removeTree(path);
}

let warnedRecursiveRmdir = false;
function emitRecursiveRmdirWarning() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rmdirRecursiveSync(path, options) {
  emitRecursiveRmdirWarning();
  options = validateRmdirOptions(options, defaultRmOptions);
  withRetries(() => rmdirRecursive(path), options);
}

function rmdirRecursiveAsync(path, options) {
  emitRecursiveRmdirWarning();
  options = validateRmdirOptions(options, defaultRmOptions);
  return withRetriesAsync(() => rmdirRecursive(path), options);
}

module.exports = {
  rmSync, rmAsync, rmdirRecursiveSync, rmdirRecursiveAsync, validateRmdirOptions, defaultRmOptions,
};
