'use strict';
// fs.Dir: an open directory read one entry at a time (fs.opendir). Entries are fetched from
// the native handle `bufferSize` at a time. Asynchronous operations run one after another:
// while one is in flight the others wait in a queue, and synchronous ones throw.

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { Dirent, getOptions, getValidatedPath, makeRequest } = require('internal/fs/utils');
const { Buffer } = require('buffer');
const pathModule = require('path');

const { kUsePromises } = binding;

function entryName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(name).toString(encoding);
  return name;
}

function dirOptions(options) {
  options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
  validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

class Dir {
  #handle;
  #path;
  #options;
  #buffered = [];
  #closed = false;
  // null when idle; while an asynchronous operation runs, the operations waiting for it.
  #queue = null;
  // Directories still to be opened and walked, for `recursive`.
  #pending = [];

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#options = options;
  }

  get path() {
    return this.#path;
  }

  #take(parent, result) {
    for (let i = 0; i < result.length; i += 2) {
      this.#buffered.push(new Dirent(entryName(result[i], this.#options.encoding), result[i + 1], parent));
    }
  }

  // With `recursive`, a directory entry's children follow the entries already read.
  #next() {
    const dirent = this.#buffered.shift();
    if (this.#options.recursive && dirent.isDirectory()) {
      this.#pending.push(pathModule.join(dirent.path, `${dirent.name}`));
    }
    return dirent;
  }

  #readPending() {
    while (this.#buffered.length === 0 && this.#pending.length > 0) {
      const path = this.#pending.shift();
      const handle = binding.opendir(path);
      try {
        let result;
        while ((result = handle.read(this.#options.bufferSize)) !== null) this.#take(path, result);
      } finally {
        handle.close();
      }
    }
  }

  #finishOperation() {
    const queue = this.#queue;
    this.#queue = null;
    for (const operation of queue) operation();
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.#read((err, dirent) => (err ? reject(err) : resolve(dirent)), true);
      });
    }
    this.#read(callback, false);
  }

  #read(callback, promise) {
    validateFunction(callback, 'callback');
    if (this.#closed) {
      if (promise) return callback(new ERR_DIR_CLOSED());
      throw new ERR_DIR_CLOSED();
    }
    if (this.#queue !== null) {
      this.#queue.push(() => this.#read(callback, promise));
      return;
    }
    try {
      this.#readPending();
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    if (this.#buffered.length > 0) {
      process.nextTick(callback, null, this.#next());
      return;
    }
    this.#queue = [];
    const req = makeRequest((err, result) => {
      process.nextTick(() => this.#finishOperation());
      if (err || result === null) {
        if (!err && this.#pending.length > 0) return this.#read(callback, promise);
        return callback(err, null);
      }
      this.#take(this.#path, result);
      callback(null, this.#next());
    });
    this.#handle.read(this.#options.bufferSize, req);
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#readPending();
    if (this.#buffered.length === 0) {
      const result = this.#handle.read(this.#options.bufferSize);
      if (result !== null) this.#take(this.#path, result);
      this.#readPending();
      if (this.#buffered.length === 0) return null;
    }
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#queue !== null) {
      this.#queue.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    this.#handle.close(makeRequest(callback));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    this.#handle.close();
  }

  async* entries() {
    try {
      while (true) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null, value: Dir.prototype.entries, enumerable: false, writable: true, configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(typeof options === 'function' ? undefined : options);
  binding.opendir(path, makeRequest((err, handle) => {
    if (err) callback(err);
    else callback(null, new Dir(handle, path, options));
  }));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Dir(binding.opendir(path), path, options);
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Dir(await binding.opendir(path, kUsePromises), path, options);
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
