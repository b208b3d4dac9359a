// fork(): a child with a JSON IPC channel; messages both ways, disconnect, exit.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    process.send({ echo: m, pid: typeof process.pid });
    if (m.last) process.disconnect();
  });
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => console.log('parent got', JSON.stringify(m)));
  child.on('disconnect', () => console.log('disconnect'));
  child.on('exit', (code, sig) => console.log('exit', code, sig));
  child.send({ hello: 1 });
  child.send({ last: true });
}
