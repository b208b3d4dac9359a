'use strict';
// process.env reads, writes, deletes and membership tests, ASCII and non-ASCII names and values,
// and values coerced to strings, as programs see them.
const env = process.env;
env.APUS_TEST_A = 'plain';
env.APUS_TEST_N = 42;
env.APUS_TEST_B = true;
env['APUS_TEST_\u00e9'] = 'caf\u00e9 \u2713';
console.log(env.APUS_TEST_A, env.APUS_TEST_N, typeof env.APUS_TEST_N, env.APUS_TEST_B, env['APUS_TEST_\u00e9']);
console.log('APUS_TEST_A' in env, 'APUS_TEST_MISSING' in env, Object.hasOwn(env, 'APUS_TEST_N'), env.APUS_TEST_MISSING);
console.log(Object.keys(env).filter((k) => k.startsWith('APUS_TEST_')).sort().join(','));
delete env.APUS_TEST_A;
console.log(env.APUS_TEST_A, 'APUS_TEST_A' in env);
env.APUS_TEST_EMPTY = '';
console.log(JSON.stringify(env.APUS_TEST_EMPTY), 'APUS_TEST_EMPTY' in env);
try { env.APUS_TEST_S = Symbol('s'); } catch (err) { console.log(err.name); }
console.log(typeof env.PATH, env.PATH === process.env.PATH);
