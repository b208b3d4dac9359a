'use strict';
// fs.watch (FSWatcher over inotify, one watcher per directory when recursive), fs.watchFile
// (StatWatcher, polling), and fs.promises.watch.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateObject, validateUint32,
} = require('internal/validators');
const { getSystemErrorName, getSystemErrorMessage } = require('internal/util');
const { getOptions, getStatsFromBinding, getBigIntStatsFromBinding, getValidatedPath } = require('internal/fs/utils');

const binding = internalBinding('fs');
const { createFSEvent } = internalBinding('fs_event_wrap');

const UV_ENOSPC = -28;

function watchError(errno, path, message = getSystemErrorMessage(errno)) {
  const err = new Error(`${getSystemErrorName(errno)}: ${message}, watch '${path}'`);
  err.errno = errno;
  err.syscall = 'watch';
  err.code = getSystemErrorName(errno);
  err.path = path;
  err.filename = path;
  return err;
}

function encodeFilename(name, encoding) {
  if (name === null || name === undefined) return name;
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(name).toString(encoding);
  return name;
}

function startEvent(path, persistent, onchange) {
  const handle = createFSEvent();
  handle.onchange = onchange;
  const err = handle.start(path, persistent);
  if (err) {
    handle.close();
    throw watchError(err, path, err === UV_ENOSPC ? 'inotify limit reached' : undefined);
  }
  return handle;
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
    this._closed = false;
  }

  _start(path, { persistent, encoding }) {
    this._handle = startEvent(path, persistent, (status, eventType, filename) => {
      if (status < 0) {
        this._stopHandles();
        this.emit('error', watchError(status, filename));
      } else {
        this.emit('change', eventType, encodeFilename(filename, encoding));
      }
    });
  }

  _stopHandles() {
    this._handle?.close();
    this._handle = null;
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    this._stopHandles();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

// inotify watches one directory: a recursive watcher keeps one handle per directory below the
// root (symbolic links are not followed) and adds or drops handles as directories come and go.
class RecursiveFSWatcher extends FSWatcher {
  #handles = new Map();
  #root = '';
  #options = null;
  #refed = true;

  _start(path, options) {
    this.#root = path;
    this.#options = options;
    this.#watchTree(path);
  }

  #watchTree(dir) {
    if (this._closed || this.#handles.has(dir)) return;
    const handle = startEvent(dir, this.#options.persistent, (status, eventType, filename) => {
      if (this._closed) return;
      if (status < 0) {
        this._stopHandles();
        this.emit('error', watchError(status, filename));
        return;
      }
      const full = filename == null ? dir : pathModule.join(dir, filename);
      if (eventType === 'rename' && filename != null) this.#track(full);
      const relative = pathModule.relative(this.#root, full);
      this.emit('change', eventType, encodeFilename(relative, this.#options.encoding));
    });
    if (!this.#refed) handle.unref();
    this.#handles.set(dir, handle);
    let entries;
    try {
      entries = require('fs').readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) this.#watchTree(pathModule.join(dir, entry.name));
    }
  }

  // A renamed entry either appeared (a new directory gets watched) or went away.
  #track(full) {
    const stats = require('fs').lstatSync(full, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      try {
        this.#watchTree(full);
      } catch {
        // It went away again before it could be watched.
      }
      return;
    }
    for (const [dir, handle] of this.#handles) {
      if (dir === full || dir.startsWith(full + pathModule.sep)) {
        handle.close();
        this.#handles.delete(dir);
      }
    }
  }

  _stopHandles() {
    for (const handle of this.#handles.values()) handle.close();
    this.#handles.clear();
  }

  ref() {
    this.#refed = true;
    for (const handle of this.#handles.values()) handle.ref();
    return this;
  }

  unref() {
    this.#refed = false;
    for (const handle of this.#handles.values()) handle.unref();
    return this;
  }
}

function watchOptions(options) {
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function createWatcher(filename, options) {
  const path = getValidatedPath(filename, 'filename');
  const watcher = options.recursive && statIsDirectory(path) ? new RecursiveFSWatcher() : new FSWatcher();
  watcher._start(path, options);
  return watcher;
}

function statIsDirectory(path) {
  return require('fs').statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = watchOptions(typeof options === 'function' ? undefined : options);
  validateAbortSignal(options.signal, 'options.signal');
  const watcher = createWatcher(filename, options);
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: events queue up until the consumer asks for them.
async function* watchPromise(filename, options = {}) {
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !Buffer.isEncoding(encoding) && encoding !== 'buffer') {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const queue = [];
  let failure = null;
  let wake = null;
  const notify = () => {
    if (wake) {
      const resolve = wake;
      wake = null;
      resolve();
    }
  };
  const watcher = createWatcher(filename, { persistent, recursive, encoding });
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure) throw failure;
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('kRefCount');
const kMaxRefCount = Symbol('kMaxRefCount');

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
    this[kRefCount] = 1;
    this[kMaxRefCount] = 1;
  }

  _start(filename, persistent, interval) {
    if (this._handle) return;
    filename = getValidatedPath(filename, 'filename');
    validateUint32(interval, 'interval');
    const handle = binding.createStatWatcher();
    handle.onchange = (status, current, previous) => {
      const toStats = this[kUseBigint] ? getBigIntStatsFromBinding : getStatsFromBinding;
      // A file that stays missing is reported once, not on every poll.
      if (this[kOldStatus] === -1 && status === -1 && current[2] === previous[2]) return;
      this[kOldStatus] = status;
      this.emit('change', toStats(current), toStats(previous));
    };
    const err = handle.start(filename, interval, persistent);
    if (err) throw watchError(err, filename);
    this._handle = handle;
  }

  stop() {
    if (!this._handle) return;
    process.nextTick(() => this.emit('stop'));
    this._handle.close();
    this._handle = null;
  }

  // With several watchFile() calls on one path, ref/unref count per call.
  ref() {
    if (this[kRefCount] === this[kMaxRefCount]) return this;
    if (this._handle && this[kRefCount]++ === 0) this._handle.ref();
    return this;
  }

  unref() {
    if (this[kRefCount] === 0) return this;
    if (this._handle && --this[kRefCount] === 0) this._handle.unref();
    return this;
  }

  _addOrCleanRef(operation) {
    if (operation === 'add') {
      this[kRefCount]++;
      this[kMaxRefCount]++;
    } else if (operation === 'clean') {
      this[kMaxRefCount]--;
      this.unref();
    } else {
      this[kMaxRefCount] = 0;
      this[kRefCount] = 0;
      this._handle?.unref();
    }
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat._start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat._addOrCleanRef('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat._addOrCleanRef('clean');
  } else {
    stat.removeAllListeners('change');
    stat._addOrCleanRef('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchFile, unwatchFile, watchPromise };
