'use strict';
// Under -e and -p every public builtin module is a lazy global; a script on stdin gets none.
const { spawnSync } = require('child_process');
const run = (args, input) => {
  const { stdout, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8', input });
  return stdout + stderr.replace(/\(node:\d+\)/g, '(pid)');
};
console.log(run(['-e', `
  const d = Object.getOwnPropertyDescriptor(globalThis, 'os');
  console.log(d.get.name, d.set.name, d.enumerable, d.configurable, typeof os, os === require('os'));
  os = 5;
  console.log(os, Object.getOwnPropertyDescriptor(globalThis, 'os'));
  console.log('fs' in globalThis, typeof test, typeof _http_agent, typeof path.join, typeof util.inspect);
`]));
console.log(run(['-p', 'typeof events + typeof child_process + typeof string_decoder']));
console.log(run(['-'], 'console.log(typeof os, typeof fs)'));
console.log(run(['-e', "os.userInfo({ get encoding() { throw new Error('xyz'); } })"]).split('\n')[0]);
