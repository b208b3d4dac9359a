'use strict';
// JSON Web Key import and export (RSA, EC, OKP) and web crypto raw and jwk keys, with Node's errors.
const c = require('crypto');
const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
t(() => c.createPublicKey({ key: { kty: 'foo' }, format: 'jwk' }));
t(() => c.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'a', y: 'b' }, format: 'jwk' }));
t(() => c.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' }, format: 'jwk' }));
t(() => c.createPublicKey({ key: { kty: 'RSA', n: 'AQAB' }, format: 'jwk' }));
t(() => c.createPublicKey({ key: 'x', format: 'jwk' }));
t(() => c.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }, format: 'jwk' }));
for (const [type, options] of [['ed25519'], ['x25519'], ['ec', { namedCurve: 'P-384' }], ['ec', { namedCurve: 'secp256k1' }], ['rsa', { modulusLength: 1024 }]]) {
  const { publicKey, privateKey } = c.generateKeyPairSync(type, options);
  const jwk = privateKey.export({ format: 'jwk' });
  console.log(type, Object.keys(jwk).join(','), Object.keys(publicKey.export({ format: 'jwk' })).join(','),
    c.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey), c.createPublicKey({ key: jwk, format: 'jwk' }).equals(publicKey));
}
(async () => {
  const { subtle } = globalThis.crypto;
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  const raw = await subtle.exportKey('raw', ed.publicKey);
  const back = await subtle.importKey('raw', raw, 'Ed25519', true, ['verify']);
  const sig = await subtle.sign('Ed25519', ed.privateKey, Buffer.from('m'));
  console.log('ed raw', raw.byteLength, await subtle.verify('Ed25519', back, sig, Buffer.from('m')));
  const jwk = await subtle.exportKey('jwk', ed.privateKey);
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const point = await subtle.exportKey('raw', ec.publicKey);
  const ecBack = await subtle.importKey('raw', point, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const ejwk = await subtle.exportKey('jwk', ec.privateKey);
  const ecPriv = await subtle.importKey('jwk', ejwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const esig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ecPriv, Buffer.from('m'));
  console.log('ec raw/jwk', point.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ecBack, esig, Buffer.from('m')));
})();
