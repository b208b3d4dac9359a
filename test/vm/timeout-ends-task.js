// A vm timeout stops the script. The engine's termination cannot be caught by the caller, so it
// ends the current task and arrives as an uncaught ERR_SCRIPT_EXECUTION_TIMEOUT; later tasks,
// and later vm runs, work normally.
const assert = require('assert');
const vm = require('vm');
let reported = 0;
process.on('uncaughtException', (error) => {
  reported++;
  assert.strictEqual(error.code, 'ERR_SCRIPT_EXECUTION_TIMEOUT');
  assert.strictEqual(error.message, 'Script execution timed out after 20ms');
  setImmediate(() => {
    assert.strictEqual(vm.runInNewContext('n * 2', { n: 21 }, { timeout: 1000 }), 42);
    assert.strictEqual(vm.runInThisContext('"still running"'), 'still running');
    process.exitCode = 0;
  });
});
process.on('exit', () => assert.strictEqual(reported, 1));
process.exitCode = 1;
vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
assert.fail('the task should have ended');
