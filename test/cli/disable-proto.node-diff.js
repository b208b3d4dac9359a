'use strict';
// --disable-proto=delete removes Object.prototype.__proto__; =throw makes reading or writing it
// throw ERR_PROTO_ACCESS, in vm contexts too; another mode stops start-up with status 12.
const { spawnSync } = require('child_process');
const script = `
const vm = require('vm');
console.log(Object.hasOwn(Object.prototype, '__proto__'), Object.getPrototypeOf({}) === Object.prototype);
try { ({}).__proto__; console.log('read ok'); } catch (e) { console.log(e.name, e.code, e.message); }
try { ({}).__proto__ = {}; console.log('write ok'); } catch (e) { console.log(e.name, e.code, e.message); }
const ctx = vm.createContext();
try { console.log(vm.runInContext('typeof ({}).__proto__', ctx)); } catch (e) { console.log('context', e.code); }
console.log(Object.create(null).__proto__, { __proto__: null } instanceof Object);`;
for (const mode of ['delete', 'throw', 'bogus']) {
  const { stdout, stderr, status } = spawnSync(process.execPath, [`--disable-proto=${mode}`, '-e', script], { encoding: 'utf8' });
  console.log(mode, status, stdout, stderr.replace(process.execPath, 'RUNTIME'));
}
