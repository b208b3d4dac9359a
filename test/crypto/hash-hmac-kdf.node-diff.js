'use strict';
// Hashes, HMACs, pbkdf2, hkdf, scrypt, timingSafeEqual and randomInt: outputs, streams and Node's errors.
const c = require('crypto');
for (const f of [()=>c.createHash('nope'), ()=>c.createHmac('nope','k'), ()=>c.createHash(1), ()=>c.createHash('sha256').update(1), ()=>{const h=c.createHash('sha1'); h.digest(); h.update('x')}, ()=>{const h=c.createHash('sha1'); h.digest(); h.digest()}, ()=>c.createHash('sha256',{outputLength:5}), ()=>c.createHash('shake128',{outputLength:-1}), ()=>c.pbkdf2Sync('a','b',1,10,'nope'), ()=>c.timingSafeEqual(Buffer.alloc(2),Buffer.alloc(3)), ()=>c.createHmac('sha1', 1), ()=>{const h=c.createHmac('sha1','k'); h.digest(); h.update('x')}, ()=>c.hkdfSync('nope','k','s','i',10), ()=>c.hkdfSync('sha256','k','s','i',100000),()=>c.scryptSync('a','b',10,{N:3})]) { try { const r=f(); console.log('ok', r&&r.digest? r.digest('hex') : r) } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)) } }
const h0=c.createHmac('sha1','k'); h0.digest(); console.log(JSON.stringify(h0.digest()), JSON.stringify(h0.digest('hex')));
console.log(c.createHash('shake256').digest('hex'), c.createHash('shake256',{outputLength:4}).digest('hex'), c.createHash('shake128',{outputLength:0}).digest('hex'));
console.log(c.createHmac('sha256','').digest('base64'));
const x=c.createHash('sha256'); x.update('a'); const y=x.copy(); y.update('b'); console.log(x.digest('hex').slice(0,8), y.digest('hex').slice(0,8));
console.log(c.createHash('md5').update('abc','latin1').digest('base64url'), c.createHash('sha1').update('é').digest('latin1').length);
console.log(typeof c.Hash, c.Hash.name, c.createHash('sha1') instanceof c.Hash, Object.getPrototypeOf(c.Hash.prototype)===require('stream').Transform.prototype, c.createHash('sha1') instanceof require('stream').Transform);
try { x.copy() } catch(e) { console.log(e.code, e.message) }
console.log(c.randomInt(10) < 10, c.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), c.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));
c.pbkdf2('p','s',1,8,'sha256',(e,k)=>console.log('pbkdf2',e,k.toString('hex')));
console.log(c.pbkdf2Sync('p','s',1,8,'sha256').toString('hex'));
console.log(Buffer.from(c.hkdfSync('sha256','k','s','i',8)).toString('hex'));
console.log(c.scryptSync('p','s',8).toString('hex'));
console.log(c.createHash('sha1').digest('foo'), c.createHash('sha1').digest('UTF-8').length, c.createHash('sha1').digest('binary').length, c.createHash('md5').digest('ucs2').length);
try { c.createHash('sha1').update('abc','hex') } catch (e) { console.log(e.code, e.message) }
console.log(c.createHash('sha1').update('ab','foo').digest('hex'), c.createHash('sha1').update('ab','utf8').digest('hex'));
console.log(c.createHash('sha1').update(new Uint16Array([1,2])).digest('hex'));
try { c.createHash('sha1', {outputLength: 'x'}) } catch (e) { console.log(e.code, e.message) }
const h = c.Hash('sha1'); console.log(h instanceof c.Hash, c.Hmac('sha1','k') instanceof c.Hmac);
try { c.createHmac(1) } catch (e) { console.log(e.code, e.message) }
try { c.randomInt(1.5) } catch (e) { console.log(e.code, e.message) }
try { c.randomInt(5, 2) } catch (e) { console.log(e.code, e.message) }
try { c.randomInt(0, 2**49) } catch (e) { console.log(e.code, e.message) }
try { c.timingSafeEqual('a','b') } catch (e) { console.log(e.code, e.message) }
try { c.pbkdf2Sync('a','b',0,1,'sha1') } catch (e) { console.log(e.code, e.message) }
try { c.pbkdf2('a','b',1,1,'sha1') } catch (e) { console.log(e.code, e.message) }
try { c.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 5) } catch (e) { console.log(e.code, e.message) }
c.hkdf('sha256','k','s','i',4,(e,ab)=>console.log('hkdf', e, ab));
c.scrypt('p','s',4,(e,b)=>console.log('scrypt', e, b));
try { c.scryptSync('p','s',4,{N:1}) } catch (e) { console.log(e.name, e.code, e.message) }
try { c.scryptSync('p','s',4,{N:16, cost:16}) } catch (e) { console.log(e.name, e.code, e.message) }
try { c.scryptSync('p','s',4,{N:2**20}) } catch (e) { console.log(e.name, e.code, e.message) }
const s = c.createHash('sha256'); s.on('data', (d) => console.log('stream', d.toString('hex').slice(0, 16))); s.write('abc'); s.end();
c.createHash('sha256').setEncoding('hex').on('data', (d) => console.log('stream hex', d.slice(0, 16))).end('abc');
console.log(c.getHashes().includes('sha256'), c.getHashes().includes('RSA-SHA256'), c.getHashes() === c.getHashes());
console.log(Object.keys(c).includes('prng'), c.constants.OPENSSL_VERSION_NUMBER > 0x30000000, c.getFips());
const dv = new DataView(new Uint8Array([1,2,3]).buffer);
console.log(c.createHash('sha1').update(dv).digest('hex'));
console.log(c.pbkdf2Sync(dv, new ArrayBuffer(2), 1, 4, 'sha1').toString('hex'));
console.log(c.timingSafeEqual(dv, new Uint8Array([1,2,3])));
