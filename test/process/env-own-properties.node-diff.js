'use strict';
// process.env's variables are ordinary own data properties to the object APIs: descriptors,
// spread, entries, JSON, propertyIsEnumerable, deepEqual of a clone; defineProperty takes only
// complete data descriptors; symbols are refused as names; it is not a proxy to util.
const assert = require('assert');
const util = require('util');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
};
const env = process.env;
env.APUS_OWN_A = 'alpha';
show('descriptor', () => JSON.stringify(Object.getOwnPropertyDescriptor(env, 'APUS_OWN_A')));
show('missing descriptor', () => Object.getOwnPropertyDescriptor(env, 'APUS_OWN_MISSING'));
show('spread', () => ({ ...env }).APUS_OWN_A);
show('entries', () => Object.entries(env).some(([k, v]) => k === 'APUS_OWN_A' && v === 'alpha'));
show('assign', () => Object.assign({}, env).APUS_OWN_A);
show('json', () => JSON.parse(JSON.stringify(env)).APUS_OWN_A);
show('for-in', () => { let seen = 0; for (const k in env) if (k === 'APUS_OWN_A') seen++; return seen; });
show('propertyIsEnumerable', () => Object.prototype.propertyIsEnumerable.call(env, 'APUS_OWN_A'));
show('hasOwnProperty', () => [env.hasOwnProperty('APUS_OWN_A'), Object.hasOwn(env, 'toString')]);
show('inherited', () => ['toString' in env, typeof env.toString, String(env), env[Symbol.toStringTag]]);
show('keys unique', () => { const keys = Reflect.ownKeys(env); return new Set(keys).size === keys.length; });
show('clone deep-equal', () => { assert.deepEqual(structuredClone(env), env); return true; });
show('isProxy', () => util.types.isProxy(env));
show('inspect', () => util.inspect(env).startsWith('{\n'));
show('define full', () => {
  Object.defineProperty(env, 'APUS_OWN_B', { value: 7, writable: true, enumerable: true, configurable: true });
  return [env.APUS_OWN_B, typeof env.APUS_OWN_B];
});
show('define partial', () => Object.defineProperty(env, 'APUS_OWN_C', { value: 'v' }));
show('define without value', () =>
  Object.defineProperty(env, 'APUS_OWN_C', { writable: true, enumerable: true, configurable: true }));
show('define accessor', () => Object.defineProperty(env, 'APUS_OWN_C', { get() { return 'x'; } }));
show('define symbol', () => Object.defineProperty(env, Symbol('s'), { value: 1, writable: true, enumerable: true, configurable: true }));
show('set symbol', () => { env[Symbol('s')] = 1; });
show('get symbol', () => env[Symbol.iterator]);
show('delete symbol', () => delete env[Symbol.iterator]);
show('set object', () => { env.APUS_OWN_D = { a: 1 }; return env.APUS_OWN_D; });
show('set undefined', () => { env.APUS_OWN_E = undefined; return [env.APUS_OWN_E, 'APUS_OWN_E' in env]; });
show('numeric name', () => { env[7] = 'seven'; return [env['7'], Object.keys(env).includes('7')]; });
show('empty name', () => { env[''] = 'x'; return [env[''], '' in env]; });
show('name with =', () => { env['APUS_OWN=X'] = 'x'; return env['APUS_OWN=X']; });
show('delete', () => [delete env.APUS_OWN_A, env.APUS_OWN_A, 'APUS_OWN_A' in env, delete env.APUS_OWN_MISSING]);
show('extensible', () => Object.isExtensible(env));
show('freeze refused', () => { try { Object.freeze(env); return 'frozen'; } catch (err) { return err.name; } });
