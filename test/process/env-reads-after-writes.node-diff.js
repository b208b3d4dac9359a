'use strict';
// process.env reads see every write and delete made before them, including one through a name
// with a NUL (the variable named by its part before the NUL), and child processes see the writes.
const e = process.env;
console.log(e.HOME === require('os').homedir() || typeof e.HOME);
console.log(e.APUS_TEST_X); e.APUS_TEST_X = 'one'; console.log(e.APUS_TEST_X, 'APUS_TEST_X' in e);
e['APUS_TEST_X\0junk'] = 'two'; console.log(e.APUS_TEST_X);
delete e.APUS_TEST_X; console.log(e.APUS_TEST_X, 'APUS_TEST_X' in e, Object.keys(e).includes('APUS_TEST_X'));
e.APUS_TEST_Y = 5; console.log(typeof e.APUS_TEST_Y, e.APUS_TEST_Y);
console.log(require('child_process').execSync('echo $APUS_TEST_Y', { encoding: 'utf8' }).trim());
Object.defineProperty(e, 'APUS_TEST_Z', { value: 'z', writable: true, enumerable: true, configurable: true }); console.log(e.APUS_TEST_Z, Object.getOwnPropertyDescriptor(e, 'APUS_TEST_Z'));
