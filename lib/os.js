'use strict';

const rawBinding = internalBinding('os');
const { SystemError } = require('internal/errors');

// os reports failed system calls as SystemErrors, not as errno errors.
const binding = new Proxy(rawBinding, {
  get(target, name) {
    const fn = target[name];
    if (typeof fn !== 'function') return fn;
    return (...args) => {
      try {
        return Reflect.apply(fn, target, args);
      } catch (err) {
        if (err?.syscall === undefined) throw err;
        throw new SystemError({
          errno: err.errno, code: err.code, message: err.message.replace(/^[A-Z]+: /, '').replace(/, [a-z_]+$/, ''),
          syscall: err.syscall,
        });
      }
    };
  },
});
const { os: constants } = internalBinding('constants');
const { validateInt32 } = require('internal/validators');

const loadValues = new Float64Array(3);

function cpus() {
  const data = binding.getCPUs();
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5], irq: data[i + 6] },
    });
  }
  return result;
}

function networkInterfaces() {
  const data = binding.getInterfaceAddresses();
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const family = data[i + 3];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family,
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: cidr(data[i + 1], data[i + 2], family),
    };
    if (family === 'IPv6') entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function cidr(address, netmask, family) {
  let ones = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = Number(part);
      while (n) { ones += n & 1; n >>>= 1; }
    }
  } else {
    for (const part of netmask.split(':')) {
      let n = Number.parseInt(part || '0', 16);
      while (n) { ones += n & 1; n >>>= 1; }
    }
  }
  return `${address}/${ones}`;
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function uname(index) { return binding.getUname()[index]; }

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  return binding.getPriority(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  binding.setPriority(pid, priority);
}

function userInfo(options) {
  const info = binding.getUserInfo();
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const key of ['username', 'homedir', 'shell']) if (info[key] !== null) info[key] = Buffer.from(info[key]);
  }
  return info;
}

// Like Node's, these functions turn into their value in a template string: `${os.hostname}`.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

module.exports = {
  arch: withPrimitive(function arch() { return process.arch; }),
  availableParallelism: withPrimitive(function availableParallelism() { return binding.getAvailableParallelism(); }),
  cpus,
  endianness: withPrimitive(function endianness() { return 'LE'; }),
  freemem: withPrimitive(function freemem() { return binding.getFreeMem(); }),
  getPriority,
  homedir: withPrimitive(function homedir() { return binding.getHomeDirectory(); }),
  hostname: withPrimitive(function hostname() { return binding.getHostname(); }),
  loadavg() {
    binding.getLoadAvg(loadValues);
    return [loadValues[0], loadValues[1], loadValues[2]];
  },
  networkInterfaces,
  platform: withPrimitive(function platform() { return process.platform; }),
  release: withPrimitive(function release() { return uname(2); }),
  setPriority,
  tmpdir: withPrimitive(tmpdir),
  totalmem: withPrimitive(function totalmem() { return binding.getTotalMem(); }),
  type: withPrimitive(function type() { return uname(0); }),
  userInfo,
  uptime: withPrimitive(function uptime() { return binding.getUptime(); }),
  version: withPrimitive(function version() { return uname(1); }),
  machine: withPrimitive(function machine() { return uname(3); }),
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
