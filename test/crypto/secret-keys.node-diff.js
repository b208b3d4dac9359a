'use strict';
// Secret KeyObjects: createSecretKey, export (buffer, jwk), equals, their errors, and their use by HMAC and hkdf.
const c = require('crypto');
const k=c.createSecretKey(Buffer.from('hello'));
console.log(k, k.type, k.symmetricKeySize, k.export(), k.export({format:'jwk'}), k instanceof c.KeyObject, Object.keys(k), k.constructor.name);
console.log(k.equals(c.createSecretKey('hello','utf8')), k.equals(c.createSecretKey('hellp','utf8')));
for (const f of [()=>c.createSecretKey(123), ()=>c.createSecretKey(k), ()=>k.equals(1), ()=>k.export({format:'pem'}), ()=>k.export(1), ()=>new c.KeyObject('x', {}), ()=>new c.KeyObject('secret', {}), ()=>c.createSecretKey('aa','hex').export().toString('hex'), ()=>c.createSecretKey(new ArrayBuffer(0)).symmetricKeySize, ()=>k.asymmetricKeyType, ()=>k.symmetricKeySize]) { try { console.log(f()) } catch (e) { console.log(e.name, e.code, e.message) } }
console.log(c.createHmac('sha256', k).digest('hex').slice(0,10), Buffer.from(c.hkdfSync('sha256', k, 's','i',4)).toString('hex'));
console.log(Object.getOwnPropertyNames(c.KeyObject.prototype), typeof c.KeyObject.from);
console.log(require('util').types.isKeyObject(k));
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
for (const [type, options] of [['hmac', { length: 7 }], ['aes', { length: 100 }], ['foo', { length: 100 }], ['hmac', { length: 8 }],
  ['aes', { length: 256 }], ['hmac', { length: 123 }], ['hmac', 1], [1, {}]]) {
  t(() => c.generateKeySync(type, options).symmetricKeySize);
}
c.generateKey('aes', { length: 128 }, (err, key) => {
  console.log('generateKey', err, key.type, key.symmetricKeySize);
  require('util').promisify(c.generateKeyPair)('ed25519')
    .then(({ publicKey, privateKey }) => console.log('promisified', publicKey.type, privateKey.type));
});
