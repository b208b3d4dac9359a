'use strict';
// Strings with NUL bytes never reach the system (command, file, args, cwd, env, argv0);
// spawnSync's, kill()'s and fork's options are checked; fork's send() rejects messages that
// cannot be serialized and bad options.
const cp = require('child_process');

const attempts = {
  execCommand: () => cp.exec('echo a\0b', () => {}),
  execSyncCommand: () => cp.execSync('echo a\0b'),
  spawnFile: () => cp.spawn('ec\0ho'),
  spawnArg: () => cp.spawn('echo', ['a', 'b\0c']),
  spawnSyncArg: () => cp.spawnSync('echo', ['b\0c']),
  cwd: () => cp.spawn('echo', { cwd: '/tm\0p' }),
  envValue: () => cp.spawn('echo', { env: { A: 'x\0y' } }),
  envKey: () => cp.spawn('echo', { env: { 'A\0B': 'x' } }),
  argv0: () => cp.spawn('echo', { argv0: 'e\0' }),
  execFileArg: () => cp.execFile('echo', ['\0']),
  syncTimeout: () => cp.spawnSync('true', { timeout: -1 }),
  syncMaxBuffer: () => cp.spawnSync('true', { maxBuffer: NaN }),
  syncKillSignalName: () => cp.spawnSync('true', { killSignal: 'SIGNOPE' }),
  syncKillSignalType: () => cp.spawnSync('true', { killSignal: true }),
  syncKillSignalLowercase: () => cp.spawnSync('true', { killSignal: 'sigterm' }).status,
  windowsHide: () => cp.spawnSync('true', { windowsHide: 1 }),
  forkOptions: () => cp.fork(__filename, [], 0),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    console.log(name, 'accepted');
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}

if (process.argv[2] === 'child') {
  process.disconnect();
} else {
  const child = cp.fork(__filename, ['child'], { stdio: 'ignore' });
  for (const args of [[Symbol('s')], [() => {}], [undefined], ['ok', null, 'options'], ['ok', null, 0]]) {
    try {
      child.send(...args);
      console.log('send accepted');
    } catch (err) {
      console.log('send', err.name, err.code);
    }
  }
  // kill() takes the names and numbers the killSignal option takes.
  child.on('exit', (code) => {
    console.log('child exit', code);
    const sleeper = cp.spawn('sleep', ['5']);
    for (const signal of [500, true, 'NOPE', 'sigterm']) {
      try {
        console.log('kill', signal, sleeper.kill(signal));
      } catch (err) {
        console.log('kill', signal, err.code, err.message);
      }
    }
    sleeper.on('exit', (exitCode, signal) => console.log('sleeper exit', exitCode, signal));
  });
}
