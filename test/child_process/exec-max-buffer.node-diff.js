'use strict';
// exec()'s maxBuffer cuts the output and kills the child with
// ERR_CHILD_PROCESS_STDIO_MAXBUFFER; its promise form carries the child; a child is disposable.
const { exec, ChildProcess } = require('child_process');
const { promisify } = require('util');

exec('echo hello world', { maxBuffer: 5 }, (err, stdout, stderr) => {
  console.log(err.name, err.code, err.message, JSON.stringify(stdout), JSON.stringify(stderr));
  exec('echo hello world', { maxBuffer: 5, encoding: 'buffer' }, (err2, out) => {
    console.log(err2.code, Buffer.isBuffer(out), out.toString());
    const promise = promisify(exec)('echo promised');
    console.log(promise.child instanceof ChildProcess);
    promise.then(({ stdout: text }) => {
      console.log(JSON.stringify(text));
      const child = exec('sleep 5');
      child[Symbol.dispose]();
      child.on('exit', (code, signal) => console.log('disposed', child.killed, code, signal));
    });
  });
});
