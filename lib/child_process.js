'use strict';
// Child processes. spawnSync, execSync and execFileSync run the child on a private libuv loop
// (internalBinding('spawn_sync')); the asynchronous forms are not implemented yet.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED } } = require('internal/errors');
const {
  validateAbortSignal, validateString, validateObject, validateArray, validateBoolean,
} = require('internal/validators');
const { Buffer } = require('buffer');
const { getSystemErrorName } = require('internal/util');

// A string handed to the system must not hold a NUL, which would end it early there.
function validateNoNullBytes(value, name, expected = 'a string') {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be ${expected} without null bytes`);
  }
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateNoNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) validateNoNullBytes(args[i], `args[${i}]`);
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  validateNoNullBytes(options.cwd, 'options.cwd', 'a string, Uint8Array, or URL');
  validateNoNullBytes(options.argv0, 'options.argv0');
  validateNoNullBytes(options.shell, 'options.shell');
  const cwd = options.cwd == null ? undefined : require('internal/fs/utils').getValidatedPath(options.cwd, 'options.cwd');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);
  const env = options.env || process.env;
  const envPairs = [];
  // Inherited enumerable properties count too, as in Node.
  for (const key in env) {
    if (env[key] === undefined) continue;
    validateNoNullBytes(key, `options.env['${key}']`);
    validateNoNullBytes(env[key], `options.env['${key}']`);
    envPairs.push(`${key}=${env[key]}`);
  }
  return { ...options, args, cwd, envPairs, file };
}

function stdioEntry(value, index, input) {
  if (value === 'pipe' || value === undefined || value === null || value === 'overlapped') {
    const entry = { type: 'pipe', readable: index === 0, writable: index !== 0 };
    if (index === 0 && input !== undefined) entry.input = input;
    return entry;
  }
  if (value === 'ignore') return { type: 'ignore' };
  if (value === 'ipc') return { type: 'pipe', ipc: true };
  if (value === 'inherit') return { type: 'inherit', fd: index };
  if (typeof value === 'number') return { type: 'fd', fd: value };
  // A stream over a libuv handle of this process (a child's pipe, say) is shared with the child.
  if (value?._handle?.readStart !== undefined && value.fd === undefined) {
    return { type: 'wrap', handle: value._handle, stream: value };
  }
  if (value && typeof value.fd === 'number') return { type: 'fd', fd: value.fd };
  throw new ERR_INVALID_ARG_VALUE('stdio', value);
}

function getStdio(stdio, input) {
  if (typeof stdio === 'string') stdio = [stdio, stdio, stdio];
  else if (stdio === undefined) stdio = ['pipe', 'pipe', 'pipe'];
  else validateArray(stdio, 'stdio');
  while (stdio.length < 3) stdio = [...stdio, undefined];
  return stdio.map((value, index) => stdioEntry(value, index, input));
}

function spawnSync(file, args, options) {
  const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
  const normalized = normalizeSpawnArguments(file, args, options);
  const { timeout, maxBuffer } = normalized;
  options = { ...normalized, maxBuffer: maxBuffer ?? 1024 * 1024 };
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
  let input = options.input;
  if (input !== undefined) {
    if (typeof input === 'string') input = Buffer.from(input, options.encoding);
    else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  let killSignal;
  if (options.killSignal != null) {
    if (typeof options.killSignal !== 'string' && typeof options.killSignal !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], options.killSignal);
    }
    killSignal = signalNumber(options.killSignal);
  }
  const result = internalBinding('spawn_sync').spawn({
    file: options.file,
    args: options.args,
    envPairs: options.envPairs,
    cwd: options.cwd,
    stdio: getStdio(options.stdio, input),
    timeout: options.timeout ?? 0,
    maxBuffer: options.maxBuffer ?? Infinity,
    killSignal,
    detached: !!options.detached,
  });
  const ret = {
    pid: result.pid,
    output: result.output,
    stdout: result.output?.[1] ?? null,
    stderr: result.output?.[2] ?? null,
    status: result.status,
    signal: result.signal === null ? null : signalName(result.signal),
  };
  if (ret.output) {
    ret.output = ret.output.map((b) => (b === null ? null : Buffer.from(b.buffer, b.byteOffset, b.byteLength)));
    ret.stdout = ret.output[1] ?? null;
    ret.stderr = ret.output[2] ?? null;
    if (options.encoding && options.encoding !== 'buffer') {
      ret.output = ret.output.map((b) => (b === null ? null : b.toString(options.encoding)));
      ret.stdout = ret.output[1] ?? null;
      ret.stderr = ret.output[2] ?? null;
    }
  }
  if (result.error !== undefined) {
    const code = getSystemErrorName(result.error);
    const err = new Error(`spawnSync ${options.file} ${code}`);
    err.errno = result.error;
    err.code = code;
    err.syscall = `spawnSync ${options.file}`;
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    ret.error = err;
  }
  return ret;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function inheritStderrIfDefault(options, ret) {
  if (options?.stdio === undefined && ret.stderr && ret.stderr.length > 0) process.stderr.write(ret.stderr);
}

function execSync(command, options) {
  validateString(command, 'command');
  validateNoNullBytes(command, 'command');
  const opts = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  const ret = spawnSync(command, opts);
  inheritStderrIfDefault(options, ret);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args != null && typeof args === 'object') {
    options = args;
    args = [];
  }
  const ret = spawnSync(file, args, options);
  inheritStderrIfDefault(options, ret);
  const err = checkExecSyncError(ret, [file, ...(args || [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`child_process.${name}()`); };
}

const { ChildProcess, signalName, signalNumber } = require('internal/child_process');

function spawn(file, args, options) {
  const serialization = (args !== null && typeof args === 'object' && !Array.isArray(args) ? args : options)?.serialization;
  if (serialization !== undefined) {
    require('internal/validators').validateOneOf(serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  }
  options = normalizeSpawnArguments(file, args, options);
  const child = new ChildProcess();
  const stdio = getStdio(options.stdio).map((entry) => ({ ...entry, input: undefined }));
  const envPairs = options.envPairs.filter((pair) => !pair.startsWith('NODE_CHANNEL_FD=') &&
    !pair.startsWith('NODE_CHANNEL_SERIALIZATION_MODE='));
  const ipcIndex = stdio.findIndex((entry) => entry.ipc);
  if (ipcIndex !== -1) {
    if (stdio.findIndex((entry, i) => entry.ipc && i !== ipcIndex) !== -1) {
      const { codes: { ERR_IPC_ONE_PIPE } } = require('internal/errors');
      throw new ERR_IPC_ONE_PIPE();
    }
    // The child finds its channel to the parent through these.
    envPairs.push(`NODE_CHANNEL_FD=${ipcIndex}`, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization ?? 'json'}`);
  }
  child.spawn({
    serialization: serialization ?? 'json',
    file: options.file,
    args: options.args,
    envPairs,
    cwd: options.cwd,
    detached: !!options.detached,
    stdio,
  });
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        child.kill(options.killSignal);
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }
  if (options.signal) {
    const signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    const onAbort = () => {
      const { AbortError } = require('internal/errors');
      if (child.kill(options.killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// Without the switch that gave the parent its -e/-p code: the code's last occurrence and the
// option before it (or its --eval=/--print= form). Other -e options a program put in its
// execArgv stay.
function withoutEvalCode(execArgv) {
  const code = process._eval;
  // As written on the command line: code beginning with `-` is given as `\-...`.
  const written = code.startsWith('-') ? [code, `\\${code}`] : [code];
  for (const text of written) {
    for (const joined of [`--eval=${text}`, `--print=${text}`]) {
      const at = execArgv.lastIndexOf(joined);
      if (at !== -1) return [...execArgv.slice(0, at), ...execArgv.slice(at + 1)];
    }
    const index = execArgv.lastIndexOf(text);
    if (index >= 1 && ['-e', '--eval', '-p', '--print', '-pe', '-ep'].includes(execArgv[index - 1])) {
      return [...execArgv.slice(0, index - 1), ...execArgv.slice(index + 1)];
    }
  }
  return execArgv;
}

function fork(modulePath, args, options) {
  const { validateString: checkString } = require('internal/validators');
  if (typeof modulePath !== 'string' && !(modulePath instanceof URL)) {
    const { codes: { ERR_INVALID_ARG_TYPE: TypeErr } } = require('internal/errors');
    throw new TypeErr('modulePath', ['string', 'URL'], modulePath);
  }
  modulePath = require('internal/url').toPathIfFileURL(modulePath);
  checkString(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (!Array.isArray(args)) {
    if (typeof args !== 'object') throw new ERR_INVALID_ARG_TYPE('args', 'Array', args);
    options = args;
    args = [];
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  options = { ...options };
  let execArgv = options.execArgv || process.execArgv;
  // The parent's own -e/-p code is not the child's: run again it would fork again, for ever.
  if (execArgv === process.execArgv && process._eval !== undefined) execArgv = withoutEvalCode(execArgv);
  let stdio = options.stdio;
  if (stdio === undefined) stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  else if (typeof stdio === 'string') stdio = [stdio, stdio, stdio, 'ipc'];
  if (!stdio.includes('ipc')) {
    const { codes: { ERR_CHILD_PROCESS_IPC_REQUIRED } } = require('internal/errors');
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath || process.execPath, [...execArgv, modulePath, ...args],
    { ...options, stdio, shell: false });
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateNoNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// exec and execFile as promises (util.promisify): { stdout, stderr }, or the error with them;
// the promise carries the child as `child`.
function promisifiedExec(run) {
  return (...args) => {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = run(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (args != null && !Array.isArray(args) && typeof args === 'object') {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...options };
  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, shell: options.shell, signal: options.signal, detached: options.detached,
    killSignal: options.killSignal, argv0: options.argv0,
  });
  // On timeout the child is killed and its output pipes closed at once: a grandchild (under a
  // shell) may hold them open, and the callback must not wait for it.
  let timer = null;
  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      child.kill(options.killSignal);
      child.stdout?.destroy();
      child.stderr?.destroy();
    }, options.timeout);
  }
  const stdout = [];
  const stderr = [];
  let exited = false;
  let error;
  // Chunks are strings when the program set an encoding on the stream itself.
  const decode = (chunks) => {
    if (chunks.some((chunk) => typeof chunk === 'string')) return chunks.join('');
    const buffer = Buffer.concat(chunks);
    return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
  };
  const finish = (code, signal) => {
    if (exited) return;
    exited = true;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const out = decode(stdout);
    const err = decode(stderr);
    if (!error && code === 0 && signal === null) {
      callback(null, out, err);
      return;
    }
    const cmd = [file, ...(args || [])].join(' ');
    if (!error) {
      error = new Error(`Command failed: ${cmd}\n${err}`);
      error.code = code < 0 ? getSystemErrorName(code) : code;
      error.killed = child.killed;
      error.signal = signal;
    }
    error.cmd = cmd;
    callback(error, out, err);
  };
  // With an encoding the streams decode (chunks are strings). Output past maxBuffer bytes is cut
  // there, as Node cuts it (a string chunk by that many characters), and the child is killed
  // with ERR_CHILD_PROCESS_STDIO_MAXBUFFER.
  if (options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)) {
    child.stdout?.setEncoding(options.encoding);
    child.stderr?.setEncoding(options.encoding);
  }
  const collect = (stream, chunks, name) => {
    let length = 0;
    stream?.on('data', (chunk) => {
      if (length > options.maxBuffer) return;
      const size = typeof chunk === 'string' ? Buffer.byteLength(chunk, stream.readableEncoding ?? 'utf8') :
        chunk.length;
      length += size;
      if (length <= options.maxBuffer) {
        chunks.push(chunk);
        return;
      }
      chunks.push(chunk.slice(0, options.maxBuffer - (length - size)));
      const { codes: { ERR_CHILD_PROCESS_STDIO_MAXBUFFER } } = require('internal/errors');
      error ??= new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.kill(options.killSignal);
    });
  };
  collect(child.stdout, stdout, 'stdout');
  collect(child.stderr, stderr, 'stderr');
  child.on('close', finish);
  child.on('error', (e) => {
    error = e;
    finish(null, null);
  });
  return child;
}

Object.defineProperty(exec, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: false, value: promisifiedExec(exec),
});
Object.defineProperty(execFile, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: false, value: promisifiedExec(execFile),
});

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
  _forkChild: notYet('_forkChild'),
};
