// spawn and exec: pipes, exit codes and signals, missing commands, kill.
const { spawn, exec } = require('child_process');
const c = spawn('sh', ['-c', 'echo out; echo err 1>&2; read x; echo got $x; exit 3']);
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => console.log('stdout:', JSON.stringify(d)));
c.stderr.on('data', (d) => console.log('stderr:', JSON.stringify(String(d))));
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', (code, sig) => console.log('close', code, sig));
c.stdin.end('hello\n');
exec('echo hi && exit 2', (err, out, errout) => console.log('exec', err && err.code, JSON.stringify(out)));
const k = spawn('sleep', ['10']); k.on('exit', (c, s) => console.log('killed', c, s)); setTimeout(() => k.kill(), 50);
spawn('definitely-not-a-cmd').on('error', (e) => console.log('error', e.code, e.syscall));
