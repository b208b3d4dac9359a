'use strict';
// The deprecated createCipher/createDecipher: keys from passwords, counter-mode warnings, errors.
const c = require('crypto');
// Warnings are printed here instead of by the default listener, whose lines carry the pid.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
const e = c.createCipher('aes-256-cbc', 'password');
const ct = e.update('secret message', 'utf8', 'hex') + e.final('hex');
const d = c.createDecipher('aes-256-cbc', 'password');
console.log(ct, d.update(ct, 'hex', 'utf8') + d.final('utf8'), e instanceof c.Cipher, d instanceof c.Decipher);
const g = c.createCipher('aes-128-gcm', Buffer.from('pw'));
const gct = Buffer.concat([g.update('x'), g.final()]);
const gd = c.createDecipher('aes-128-gcm', 'pw');
gd.setAuthTag(g.getAuthTag());
console.log(gct.toString('hex'), Buffer.concat([gd.update(gct), gd.final()]).toString());
t(() => c.createCipher('nope', 'pw'));
t(() => c.createCipher('aes-256-ccm', 'pw'));
t(() => c.createCipher('aes-256-ccm', 'pw', { authTagLength: 'a' }));
t(() => c.createCipher(1, 'pw'));
