// Each new ChildProcess is published on the 'child_process' diagnostics channel, before it spawns.
const dc = require('diagnostics_channel');
const { spawn, ChildProcess } = require('child_process');
dc.subscribe('child_process', ({ process }) => {
  console.log('published', process instanceof ChildProcess, process.pid, process.spawnfile);
});
const child = spawn('true');
child.on('exit', (code) => console.log('exit', code));
new ChildProcess();
