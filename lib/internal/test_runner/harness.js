'use strict';
// node:test in one process: tests, suites, hooks, subtests, skip/todo/only, timeouts, and a TAP
// report on stdout like Node's for a file run directly. Top-level tests run one after another,
// starting after the file's synchronous code; a suite's body runs when describe() is called. The
// summary is written when the event loop runs dry, and a failure sets exit code 1.

const { MockTracker } = require('internal/test_runner/mock');
const { validateFunction, validateObject, validateNumber } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

const kCodeFailure = 'testCodeFailure';
const kSubtestsFailed = 'subtestsFailed';
const kTimeout = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kCancelled = 'cancelledByParent';
const kUncaught = 'uncaughtException';

const onlyFlag = () => require('internal/options').isOptionOn('--test-only');

class TestFailure extends Error {
  constructor(cause, failureType) {
    super(cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : inspect(cause));
    this.code = 'ERR_TEST_FAILURE';
    this.failureType = failureType;
    this.cause = cause;
  }
}

class Test {
  constructor(parent, name, options, fn, isSuite = false) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.isSuite = isSuite;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.subtests = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.skip = options.skip;
    this.todo = options.todo;
    this.only = options.only === true;
    this.timeout = options.timeout ?? Infinity;
    this.concurrency = options.concurrency;
    this.error = null;
    this.duration = 0;
    this.diagnostics = [];
    this.finished = false;
    this.cancelled = false;
    this.queue = Promise.resolve();   // subtests run one after another
    this.controller = new AbortController();
    this.mockTracker = undefined;
    this.runOnlySubtests = parent?.runOnlySubtests ?? false;
    this.location = callerLocation();
    if (onlyFlag() && parent !== null && parent.runOnlySubtests !== false && !this.only && !parent.only &&
        this.skip === undefined) {
      this.skip = "'only' option not set";
      this.skippedByOnly = true;
    }
  }

  get skipped() { return this.skip !== undefined && this.skip !== false; }
  get isTodo() { return this.todo !== undefined && this.todo !== false; }
  get passed() { return this.error === null; }

  // Runs this test: hooks around it, its function, its subtests.
  async run() {
    this.started = true;
    const start = process.hrtime.bigint();
    if (this.skipped) {
      this.finish(start);
      return;
    }
    try {
      if (!this.isSuite) await this.runHooks('beforeEach', this.parent, true);
      await this.withTimeout(this.runBody());
    } catch (error) {
      this.fail(error, error?.failureType === kTimeout ? kTimeout : kCodeFailure);
    }
    try {
      await this.queue;
    } catch {
      // each subtest records its own failure
    }
    if (!this.isSuite) {
      try {
        await this.runHooks('afterEach', this.parent, false);
      } catch (error) {
        this.fail(error, kHookFailure);
      }
    }
    const failedSubtests = this.subtests.filter((test) => !test.passed && !test.isTodo).length;
    if (this.error === null && failedSubtests > 0) {
      this.error = new TestFailure(`${failedSubtests} subtest${failedSubtests === 1 ? '' : 's'} failed`, kSubtestsFailed);
    }
    this.mockTracker?.restoreAll();
    this.finish(start);
  }

  finish(start) {
    this.duration = Number(process.hrtime.bigint() - start) / 1e6;
    this.finished = true;
    this.controller.abort();
  }

  async runBody() {
    if (this.isSuite) {
      await this.suiteBodyDone;
      await this.runHooks('before', this, false);
      for (const test of this.subtests) await test.run();
      await this.runHooks('after', this, false);
      return;
    }
    if (typeof this.fn === 'function') {
      const context = new TestContext(this);
      if (this.fn.length >= 2) {
        await new Promise((resolve, reject) => {
          let returned;
          const done = (error) => (error ? reject(error) : resolve());
          returned = Reflect.apply(this.fn, context, [context, done]);
          if (returned !== null && typeof returned?.then === 'function') {
            returned.then(() => reject(new TestFailure('passed a callback but also returned a Promise', kCodeFailure)),
              reject);
          }
        });
      } else {
        await Reflect.apply(this.fn, context, [context]);
      }
    }
    await this.queue;
    await this.runHooks('after', this, false);
  }

  withTimeout(promise) {
    if (!(this.timeout < Infinity)) return promise;
    let timer;
    const expired = new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        reject(Object.assign(new TestFailure(`test timed out after ${this.timeout}ms`, kTimeout)));
      }, this.timeout);
      timer.unref();
    });
    return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
  }

  // Hooks of `owner` (and, for beforeEach/afterEach, of every suite above it).
  async runHooks(kind, owner, outermostFirst) {
    if (owner === null) return;
    const chain = [];
    if (kind === 'beforeEach' || kind === 'afterEach') {
      for (let test = owner; test !== null; test = test.parent) chain.push(test);
      if (outermostFirst) chain.reverse();
    } else {
      chain.push(owner);
    }
    for (const test of chain) {
      for (const hook of test.hooks[kind]) {
        const context = new TestContext(this);
        if (hook.length >= 2) {
          await new Promise((resolve, reject) => {
            Reflect.apply(hook, context, [context, (error) => (error ? reject(error) : resolve())]);
          });
        } else {
          await Reflect.apply(hook, context, [context]);
        }
      }
    }
  }

  fail(error, failureType) {
    if (this.error !== null) return;
    this.error = error instanceof TestFailure ? error : new TestFailure(error, failureType);
  }

  addSubtest(test) {
    this.subtests.push(test);
    if (!this.beforeHooksQueued) {
      // t.before() hooks run before the first subtest.
      this.beforeHooksQueued = true;
      this.queue = this.queue.then(() => this.runHooks('before', this, false)).catch((error) => this.fail(error, kHookFailure));
    }
    const run = this.queue.then(() => test.run());
    this.queue = run.catch(() => {});
    return run;
  }
}

function callerLocation() {
  const stack = new Error().stack.split('\n');
  for (const line of stack.slice(1)) {
    if (line.includes('(node:') || line.includes(' node:')) continue;
    const match = /\(?((?:file:\/\/|\/)[^()]*:\d+:\d+)\)?$/.exec(line.trim());
    if (match !== null) return match[1];
  }
  return undefined;
}

class TestContext {
  #test;
  constructor(test) { this.#test = test; }
  get name() { return this.#test.name; }
  get signal() { return this.#test.controller.signal; }
  get mock() { return (this.#test.mockTracker ??= new MockTracker()); }
  diagnostic(message) { this.#test.diagnostics.push(`${message}`); }
  skip(message = true) { this.#test.skip = message; }
  todo(message = true) { this.#test.todo = message; }
  runOnly(value) { this.#test.runOnlySubtests = !!value; }
  before(fn) { validateFunction(fn, 'fn'); this.#test.hooks.before.push(fn); }
  after(fn) { validateFunction(fn, 'fn'); this.#test.hooks.after.push(fn); }
  beforeEach(fn) { validateFunction(fn, 'fn'); this.#test.hooks.beforeEach.push(fn); }
  afterEach(fn) { validateFunction(fn, 'fn'); this.#test.hooks.afterEach.push(fn); }
  test(name, options, fn) {
    const test = createTest(this.#test, name, options, fn, false);
    return this.#test.addSubtest(test).then(() => undefined);
  }
}

// ---- The root: top-level tests and the report ----

let root = null;
let currentSuite = null;   // the suite whose body is running, where describe/it/hooks go

function getRoot() {
  if (root !== null) return root;
  root = new Test(null, '<root>', {}, undefined, false);
  root.startTime = process.hrtime.bigint();
  root.reportedCount = 0;
  const onUncaught = (error) => {
    const running = findRunning(root);
    (running ?? root).fail(error, kUncaught);
  };
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  process.once('beforeExit', () => {
    process.removeListener('uncaughtException', onUncaught);
    process.removeListener('unhandledRejection', onUncaught);
    // Tests still waiting on something the loop no longer has are cancelled.
    root.subtests.forEach((test, index) => {
      if (test.finished) return;
      cancelPending(test);
      report(test, 0, index + 1);
    });
    finishRoot();
  });
  return root;
}

function findRunning(test) {
  for (const sub of test.subtests) {
    if (!sub.finished && sub.started) return findRunning(sub) ?? sub;
  }
  return null;
}

function cancelPending(test) {
  if (test.finished) return;
  test.finished = true;
  test.cancelled = true;
  test.fail('Promise resolution is still pending but the event loop has already resolved', kCancelled);
  for (const sub of test.subtests) cancelPending(sub);
}

function addTopLevel(test) {
  const parent = getRoot();
  parent.subtests.push(test);
  const run = new Promise((resolve) => {
    parent.queue = parent.queue.then(async () => {
      // The first top-level test starts after the file's synchronous code.
      if (!parent.started) {
        parent.started = true;
        await new Promise((next) => setImmediate(next));
        try {
          await parent.runHooks('before', parent, false);
        } catch (error) {
          parent.fail(error, kHookFailure);
        }
      }
      await test.run();
      report(test, 0, ++parent.reportedCount);
      resolve();
    });
  });
  return run;
}

function createTest(parent, name, options, fn, isSuite) {
  if (typeof name === 'function') {
    fn = name;
    options = {};
    name = fn.name || '<anonymous>';
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  options ??= {};
  validateObject(options, 'options');
  if (fn !== undefined && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  if (name === undefined || name === null) name = fn?.name || '<anonymous>';
  name = `${name}`;
  if (options.timeout !== undefined && options.timeout !== Infinity) validateNumber(options.timeout, 'options.timeout', 0);
  if (fn === undefined && !isSuite && options.todo === undefined) options = { ...options, todo: true };
  const test = new Test(parent, name, options, fn, isSuite);
  if (isSuite) {
    // The body runs now, collecting the suite's tests and hooks.
    const previous = currentSuite;
    currentSuite = test;
    try {
      const result = typeof fn === 'function' ? Reflect.apply(fn, undefined, [new SuiteContext(test)]) : undefined;
      test.suiteBodyDone = Promise.resolve(result).catch((error) => test.fail(error, kCodeFailure));
    } catch (error) {
      test.fail(error, kCodeFailure);
      test.suiteBodyDone = Promise.resolve();
    } finally {
      currentSuite = previous;
    }
  }
  return test;
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get name() { return this.#suite.name; }
  get signal() { return this.#suite.controller.signal; }
}

function runTest(isSuite, defaults) {
  return function(name, options, fn) {
    if (defaults !== undefined) {
      if (typeof name === 'function' || (name !== null && typeof name === 'object')) {
        [name, options, fn] = [undefined, name, options];
      }
      if (typeof options === 'function') [options, fn] = [undefined, options];
      options = { ...options, ...defaults };
    }
    if (currentSuite !== null) {
      const test = createTest(currentSuite, name, options, fn, isSuite);
      currentSuite.subtests.push(test);
      return Promise.resolve();
    }
    const test = createTest(getRoot(), name, options, fn, isSuite);
    return addTopLevel(test);
  };
}

function hook(kind) {
  return function(fn) {
    validateFunction(fn, 'fn');
    (currentSuite ?? getRoot()).hooks[kind].push(fn);
  };
}

// ---- TAP ----

function tapEscape(text) {
  return `${text}`.replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n');
}

// A YAML scalar: quoted on one line, or a `|-` block for text with line breaks.
function yamlString(value, indent = '') {
  const text = `${value}`;
  if (text.includes('\n')) {
    return `|-\n${text.split('\n').map((line) => `${indent}    ${line}`.trimEnd() === '' ? `${indent}    ` : `${indent}    ${line}`).join('\n')}`;
  }
  return `'${text.replace(/'/g, "''")}'`;
}

function yamlValue(value, indent) {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return `${value}`;
  if (typeof value === 'string') return yamlString(value, indent);
  return yamlString(inspect(value), indent);
}

function report(test, nesting, number) {
  const indent = '    '.repeat(nesting);
  let out = `${indent}# Subtest: ${tapEscape(test.name)}\n`;
  if (test.subtests.length > 0) {
    test.subtests.forEach((sub, index) => { out += report(sub, nesting + 1, index + 1); });
    out += `${indent}    1..${test.subtests.length}\n`;
  }
  let directive = '';
  if (test.skipped) directive = ` # SKIP${test.skip === true ? '' : ` ${tapEscape(test.skip)}`}`;
  else if (test.isTodo) directive = ` # TODO${test.todo === true ? '' : ` ${tapEscape(test.todo)}`}`;
  out += `${indent}${test.passed ? 'ok' : 'not ok'} ${number} - ${tapEscape(test.name)}${directive}\n`;
  out += `${indent}  ---\n${indent}  duration_ms: ${test.duration}\n`;
  if (test.isSuite) out += `${indent}  type: 'suite'\n`;
  if (!test.passed) {
    const { error } = test;
    if (test.location !== undefined) out += `${indent}  location: ${yamlString(test.location)}\n`;
    out += `${indent}  failureType: ${yamlString(error.failureType)}\n`;
    const cause = error.cause;
    if (cause instanceof Error) {
      out += `${indent}  error: ${yamlString(cause.message, indent)}\n`;
      out += `${indent}  code: ${yamlString(cause.code ?? 'ERR_TEST_FAILURE')}\n`;
      if (cause.name !== 'Error') out += `${indent}  name: ${yamlString(cause.name)}\n`;
      for (const key of ['expected', 'actual', 'operator']) {
        if (Object.prototype.hasOwnProperty.call(cause, key)) out += `${indent}  ${key}: ${yamlValue(cause[key], indent)}\n`;
      }
      const frames = `${cause.stack ?? ''}`.split('\n').filter((line) => line.startsWith('    at ')).map((line) => line.slice(7));
      if (frames.length > 0) {
        out += `${indent}  stack: |-\n${frames.map((line) => `${indent}    ${line}\n`).join('')}`;
      }
    } else {
      out += `${indent}  error: ${yamlString(error.message)}\n${indent}  code: 'ERR_TEST_FAILURE'\n`;
    }
  }
  out += `${indent}  ...\n`;
  for (const line of test.diagnostics) out += `${indent}# ${line}\n`;
  if (nesting === 0) {
    if (!headerWritten) {
      headerWritten = true;
      out = `TAP version 13\n${out}`;
    }
    process.stdout.write(out);
  }
  return out;
}
let headerWritten = false;

function count(test, totals) {
  for (const sub of test.subtests) {
    if (sub.isSuite) totals.suites++;
    else {
      totals.tests++;
      if (sub.skipped) totals.skipped++;
      else if (sub.isTodo) totals.todo++;
      else if (sub.cancelled) totals.cancelled++;
      else if (sub.passed) totals.pass++;
      else totals.fail++;
    }
    count(sub, totals);
  }
  return totals;
}

function finishRoot() {
  if (root.finished) return;
  root.finished = true;
  const totals = count(root, { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 });
  const duration = Number(process.hrtime.bigint() - root.startTime) / 1e6;
  let out = headerWritten ? '' : 'TAP version 13\n';
  headerWritten = true;
  out += `1..${root.subtests.length}\n`;
  for (const key of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) out += `# ${key} ${totals[key]}\n`;
  out += `# duration_ms ${duration}\n`;
  process.stdout.write(out);
  const failed = root.subtests.some((test) => !test.passed && !test.isTodo) || root.error !== null;
  if (failed && !process.exitCode) process.exitCode = 1;
}

const test = runTest(false);
const suite = runTest(true);
for (const fn of [test, suite]) {
  const isSuite = fn === suite;
  fn.skip = runTest(isSuite, { skip: true });
  fn.todo = runTest(isSuite, { todo: true });
  fn.only = runTest(isSuite, { only: true });
}

const mock = new MockTracker();

module.exports = {
  test,
  suite,
  describe: suite,
  it: test,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  mock,
};
