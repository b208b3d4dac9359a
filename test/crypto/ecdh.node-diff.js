'use strict';
// ECDH (createECDH, convertKey, point formats), diffieHellman over KeyObjects, getCurves, and web crypto's ECDH and X25519.
const c=require('crypto');
console.log(c.getCurves().length, c.getCurves().slice(0,8).join(' '), c.getCurves().includes('prime256v1'));
const a=c.createECDH('prime256v1'), b=c.createECDH('prime256v1');
const ak=a.generateKeys(), bk=b.generateKeys('hex','compressed');
console.log(ak.length, bk.length, a.getPrivateKey().length > 29, a.getPublicKey('base64').length, a.getPublicKey(null,'compressed').length, a.getPublicKey('hex','hybrid').slice(0,1));
console.log(a.computeSecret(bk,'hex').equals(b.computeSecret(ak)), a.computeSecret(b.getPublicKey(), null, 'hex').length);
const t=(f)=>{ try { const r=f(); console.log('ok', r) } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)) } };
t(()=>c.createECDH('nope'));
t(()=>a.computeSecret(Buffer.from('04'+'00'.repeat(64),'hex')));
t(()=>c.createECDH('prime256v1').getPublicKey());
t(()=>c.createECDH('prime256v1').getPrivateKey());
t(()=>a.getPublicKey('hex', 'weird'));
const d=c.createECDH('secp256k1'); d.setPrivateKey(Buffer.alloc(32, 1)); console.log(d.getPublicKey('hex').slice(0, 20), d.getPublicKey('hex', 'compressed').slice(0, 20));
t(()=>d.setPrivateKey(Buffer.alloc(32, 0)));
console.log(c.ECDH.convertKey(a.getPublicKey(), 'prime256v1', null, 'hex', 'compressed') === a.getPublicKey('hex','compressed'));
console.log(c.ECDH.convertKey(a.getPublicKey(null, 'compressed'), 'prime256v1').equals(a.getPublicKey()));
const x1=c.generateKeyPairSync('x25519'), x2=c.generateKeyPairSync('x25519');
console.log(c.diffieHellman({privateKey: x1.privateKey, publicKey: x2.publicKey}).equals(c.diffieHellman({privateKey: x2.privateKey, publicKey: x1.publicKey})));
const e1=c.generateKeyPairSync('ec', {namedCurve:'P-256'}), e2=c.generateKeyPairSync('ec', {namedCurve:'P-256'});
console.log(c.diffieHellman({privateKey: e1.privateKey, publicKey: e2.publicKey}).length);
t(()=>c.diffieHellman({privateKey: x1.privateKey, publicKey: e1.publicKey}));
t(()=>c.diffieHellman({}));
t(()=>c.diffieHellman({privateKey: x1.publicKey, publicKey: x2.publicKey}));
const small = c.createECDH('prime256v1'); small.setPrivateKey(Buffer.from('01','hex')); console.log(small.getPrivateKey().length, small.getPublicKey('hex').slice(0, 10));
(async () => {
  const { subtle } = globalThis.crypto;
  for (const algorithm of [{ name: 'ECDH', namedCurve: 'P-384' }, { name: 'X25519' }]) {
    const a = await subtle.generateKey(algorithm, true, ['deriveBits', 'deriveKey']);
    const b = await subtle.generateKey(algorithm, true, ['deriveBits']);
    const ab = await subtle.deriveBits({ name: algorithm.name, public: b.publicKey }, a.privateKey, null);
    const ba = await subtle.deriveBits({ name: algorithm.name, public: a.publicKey }, b.privateKey, 128);
    console.log(algorithm.name, ab.byteLength, Buffer.from(ab).subarray(0, 16).equals(Buffer.from(ba)), a.publicKey.usages, a.privateKey.usages);
    const key = await subtle.deriveKey({ name: algorithm.name, public: b.publicKey }, a.privateKey, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    console.log('derived', key.algorithm);
  }
})();
