'use strict';
// querystring.parse and stringify over plain, escaped, malformed and non-ASCII input, custom
// separators and decoders, and escape's handling of surrogates (a high surrogate takes the low
// bits of whatever follows, as in Node), checked against a hash of many random strings.
const qs = require('querystring');
const samples = ['', 'a=1&b=2&c=hello%20world', 'a+b=c+d&a=2&a=3', 'x=%E2%9C%93&y=%zz&z=%', 'k&=v&&=&a==b', 'caf\u00e9=\u2713', '%F0%9F%98%80=emoji', 'a=%ff%fe'];
for (const s of samples) console.log(JSON.stringify(s), JSON.stringify(qs.parse(s)));
console.log(JSON.stringify(qs.parse('a:1;b:2', ';', ':')), JSON.stringify(qs.parse('a=1&a=2&b=3', null, null, { maxKeys: 2 })));
console.log(JSON.stringify(qs.parse('a=%41&b=+', null, null, { decodeURIComponent: (s) => `<${s}>` })));
const objs = [{ a: 1, b: 'x y', c: [1, 2] }, { 'k k': '\u00e9\u2713', e: '', n: null, u: undefined, t: true, big: 10n, inf: Infinity }, { s: "-_.!~*'()" + 'ABCxyz019 &=%/?#', e: '\ud83d\ude00' }];
for (const o of objs) console.log(qs.stringify(o), qs.escape('plain'), qs.escape(42));
try { qs.escape('\ud800x'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.stringify({ a: 'b' }, ';', ':'), qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(JSON.stringify([qs.stringify({ a: [] }), qs.stringify({ a: [], b: 1 }), qs.stringify({ a: 1, b: [] }), qs.stringify({ a: [1, 2], b: [] }), qs.stringify('x'), qs.stringify(null)]));
for (const t of ['\ud800x', '\ud83d\ude00', 'a\u07ff\u0800\uffff', 'x\ud800', '\udc00', '\ud800\ud800']) { try { console.log(JSON.stringify(qs.escape(t))); } catch (e) { console.log('threw', e.code); } }
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 0x3000;
let all = ''; for (let n = 0; n < 3000; n++) { let t = ''; for (let i = 0; i < 8; i++) t += String.fromCharCode(rnd() % 3 ? rnd() % 128 : rnd()); try { all += qs.escape(t); } catch { all += '!'; } }
let h = 0; for (let i = 0; i < all.length; i++) h = (h * 31 + all.charCodeAt(i)) | 0; console.log(h, all.length);
