'use strict';
// The Web Crypto global: crypto (also require('crypto').webcrypto) with getRandomValues and
// randomUUID checking their receiver; Crypto, SubtleCrypto and CryptoKey cannot be constructed;
// SubtleCrypto's operations reject (a receiver check first).
console.log(crypto === require('crypto').webcrypto, crypto.subtle === require('crypto').subtle, crypto.subtle === crypto.subtle);
for (const C of [Crypto, SubtleCrypto, CryptoKey]) { try { new C() } catch (e) { console.log(C.name, e.name, e.code, e.message) } }
try { crypto.getRandomValues.call({}, new Uint8Array(1)) } catch (e) { console.log(e.name, e.code, e.message) }
try { crypto.randomUUID.call({}) } catch (e) { console.log(e.name, e.code, e.message) }
try { Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').get.call({}) } catch (e) { console.log(e.name, e.code, e.message) }
console.log(String(crypto), Object.prototype.toString.call(crypto.subtle), require('util').inspect(crypto), require('util').inspect(crypto.subtle));
console.log(Object.keys(Crypto.prototype), Object.keys(SubtleCrypto.prototype).length, crypto.getRandomValues.length, crypto.randomUUID.length);
console.log(typeof crypto.randomUUID(), crypto.getRandomValues(new Uint8Array(4)).length);
console.log(Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, 'digest'), SubtleCrypto.prototype.digest.length, SubtleCrypto.prototype.encrypt.length);
crypto.subtle.digest.call({}, 'SHA-256', new Uint8Array(1)).catch((e) => console.log('digest this', e.name, e.code, e.message));
