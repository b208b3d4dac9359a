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
  // 'disconnect' and 'exit' come from two different events in the child, so their order is a
  // race: both are reported once both have happened.
  const endings = [];
  const ended = (what) => {
    endings.push(what);
    if (endings.length === 2) console.log(endings.sort().join(', '));
  };
  child.on('disconnect', () => ended('disconnect'));
  child.on('exit', (code, sig) => ended(`exit ${code} ${sig}`));
  child.send({ hello: 1 });
  child.send({ last: true });
}
