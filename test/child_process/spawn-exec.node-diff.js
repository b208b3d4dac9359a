// spawn and exec: pipes, exit codes and signals, missing commands, kill. The steps run one after
// another so the output order does not depend on how the children are scheduled.
const { spawn, exec } = require('child_process');

function spawnWithPipes(next) {
  const c = spawn('sh', ['-c', 'echo out; echo err 1>&2; read x; echo got $x; exit 3']);
  let stdout = '';
  let stderr = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', (d) => { stdout += d; });
  c.stderr.on('data', (d) => { stderr += String(d); });
  c.on('exit', (code, sig) => console.log('exit', code, sig));
  c.on('close', (code, sig) => {
    console.log('stdout:', JSON.stringify(stdout), 'stderr:', JSON.stringify(stderr));
    console.log('close', code, sig);
    next();
  });
  c.stdin.end('hello\n');
}

function execWithExitCode(next) {
  exec('echo hi && exit 2', (err, out) => {
    console.log('exec', err && err.code, JSON.stringify(out));
    next();
  });
}

function killChild(next) {
  const k = spawn('sleep', ['10']);
  k.on('exit', (c, s) => {
    console.log('killed', c, s);
    next();
  });
  setTimeout(() => k.kill(), 50);
}

function missingCommand() {
  spawn('definitely-not-a-cmd').on('error', (e) => console.log('error', e.code, e.syscall));
}

spawnWithPipes(() => execWithExitCode(() => killChild(missingCommand)));
