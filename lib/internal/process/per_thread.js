'use strict';
// process methods whose work is one system call: the binding fills a typed array, JS shapes it.

const binding = internalBinding('process_methods');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL },
  errnoException,
} = require('internal/errors');
const { validateNumber, validateObject } = require('internal/validators');

const hrValues = new Uint32Array(3);
const cpuValues = new Float64Array(2);
const memValues = new Float64Array(5);
const resourceValues = new Float64Array(16);

function hrtime(time) {
  binding.hrtime(hrValues);
  const seconds = hrValues[0] * 0x100000000 + hrValues[1];
  const nanos = hrValues[2];
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    const sec = seconds - time[0];
    const nsec = nanos - time[1];
    return [nsec < 0 ? sec - 1 : sec, nsec < 0 ? nsec + 1e9 : nsec];
  }
  return [seconds, nanos];
}

hrtime.bigint = function bigint() { return binding.hrtimeBigInt(); };

function previousValueIsValid(num) {
  return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0;
}

function cpuUsage(prevValue) {
  binding.cpuUsage(cpuValues);
  if (prevValue) {
    validateObject(prevValue, 'prevValue');
    validateNumber(prevValue.user, 'prevValue.user');
    if (!previousValueIsValid(prevValue.user)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
    }
    validateNumber(prevValue.system, 'prevValue.system');
    if (!previousValueIsValid(prevValue.system)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
    }
    return { user: cpuValues[0] - prevValue.user, system: cpuValues[1] - prevValue.system };
  }
  return { user: cpuValues[0], system: cpuValues[1] };
}

function memoryUsage() {
  binding.memoryUsage(memValues);
  return {
    rss: memValues[0],
    heapTotal: memValues[1],
    heapUsed: memValues[2],
    external: memValues[3],
    arrayBuffers: memValues[4],
  };
}
memoryUsage.rss = function rss() { return binding.rss(); };

function resourceUsage() {
  binding.resourceUsage(resourceValues);
  const v = resourceValues;
  return {
    userCPUTime: v[0], systemCPUTime: v[1], maxRSS: v[2], sharedMemorySize: v[3], unsharedDataSize: v[4],
    unsharedStackSize: v[5], minorPageFault: v[6], majorPageFault: v[7], swappedOut: v[8], fsRead: v[9],
    fsWrite: v[10], ipcSent: v[11], ipcReceived: v[12], signalsCount: v[13], voluntaryContextSwitches: v[14],
    involuntaryContextSwitches: v[15],
  };
}

let signals;
function kill(pid, sig) {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  signals ??= internalBinding('constants').os.signals;
  let number;
  if (sig === (sig | 0)) {
    number = sig;
  } else if (sig === undefined) {
    number = signals.SIGTERM;
  } else {
    number = signals[sig];
    if (number === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = process._kill(pid, number);  // through process._kill, which programs may patch
  if (err) throw errnoException(err, 'kill');
  return true;
}

function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  if (typeof code !== 'number') throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
  if (!Number.isInteger(code)) throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
}

function exit(code) {
  if (require('internal/options').isOptionOn('--trace-exit')) traceExit(arguments.length !== 0 ? code : process.exitCode);
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  process.reallyExit(process.exitCode | 0);
}

// --trace-exit: where the program called process.exit, as a warning with this call's frames.
function traceExit(code) {
  const holder = {};
  Error.captureStackTrace(holder, traceExit);
  const frames = holder.stack.slice(holder.stack.indexOf('\n'));
  process._rawDebug(`(node:${process.pid}) WARNING: Exited the environment with code ${code | 0}${frames}`);
}

module.exports = { cpuUsage, exit, hrtime, kill, memoryUsage, resourceUsage, validateExitCode };
