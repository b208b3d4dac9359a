'use strict';
// Headers, Request, Response and FormData: construction, validation messages, bodies, inspection.
const t = (f) => { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
t(() => new Headers({'a b': 1}));
t(() => new Headers({'a': 'x\ny'}));
t(() => new Headers([['a']]));
t(() => new Headers(5));
t(() => new Headers().get());
t(() => new Headers().append("a"));
t(() => { const h = new Headers([['B','2'],['a','1'],['set-cookie','x'],['Set-Cookie','y'],['b','3']]); return [...h].join('|') + ' ' + h.get('b') + ' ' + h.getSetCookie(); });
t(() => new Request('/x'));
t(() => new Request('http://a/', {method: 'GET', body: 'x'}));
t(() => new Request('http://a/', {method: 'CONNECT'}));
t(() => new Request('http://a/', {method: 'bad method'}));
t(() => new Request('http://u:p@a/'));
t(() => new Request('http://a/', {mode: 'navigate'}));
t(() => new Request('http://a/', {body: new ReadableStream(), method: 'POST'}));
t(() => new Response('x', {status: 99}));
t(() => new Response('x', {status: 204}));
t(() => new Response('x', {statusText: 'a\nb'}));
t(() => Response.redirect('http://a/', 200));
t(() => Response.redirect('/x'));
t(() => { const r = Response.json({a:1}, {status: 201}); return r.status + ' ' + r.headers.get('content-type'); });
t(() => { const r = new Response('hi'); return r.headers.get('content-type') + ' ' + r.status + ' ' + JSON.stringify(r.statusText) + ' ' + r.type + ' ' + r.ok + ' ' + r.url + ' ' + r.redirected + ' ' + r.bodyUsed; });
t(() => { const r = new Response(new URLSearchParams('a=1')); return r.headers.get('content-type'); });
t(() => { const r = new Response(new Blob(['x'], {type: 'text/x'})); return r.headers.get('content-type'); });
t(() => { const r = new Request('http://a/b?c#d', {method: 'post', headers: {x: 'y'}}); return [r.method, r.url, r.headers.get('x'), r.mode, r.credentials, r.cache, r.redirect, r.referrer, r.referrerPolicy, r.integrity, r.keepalive, r.destination, r.signal.aborted, r.duplex, r.body].join(','); });
const first = (async () => {
  const r = new Response('{"a":1}');
  console.log(await r.json());
  try { await r.text(); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
  const r2 = new Response('x'); r2.body; console.log(r2.bodyUsed);
  try { await fetch('ftp://x/'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.message); }
  try { await fetch('http://127.0.0.1:1/'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code, e.cause && e.cause.message); }
  try { await fetch('/relative'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.code, e.cause && e.cause.message); }
  try { await fetch(); } catch (e) { console.log(e.name, e.message); }
  const d = await fetch('data:text/plain;base64,aGVsbG8='); console.log(d.status, d.statusText, [...d.headers], await d.text());
  console.log(Object.prototype.toString.call(new Headers()), Object.prototype.toString.call(new Response()), String(new Request('http://a')));
  console.log(require('util').inspect(new Headers({a: '1'})));
  console.log(require('util').inspect(new Response('x')));
})();
t(() => Response.error().headers.set('a', 'b'));
t(() => new Headers({a: '\u0100'}));
t(() => new Headers({a: ' x \t'}).get('a'));
t(() => new Headers().set('a b', 'c'));
t(() => new Headers().has('a b'));
t(() => new Headers().delete('a b'));
t(() => new Headers([[1,2]]).get('1'));
t(() => new Headers([['a','1']]).forEach());
t(() => { const h = new Headers([['a','1']]); const out = []; h.forEach(function (v, k, o) { out.push(v, k, o === h, this); }, 'T'); return out.join(); });
t(() => { const h = new Headers([['b','1'],['a','2']]); const it = h.entries(); const a = it.next(); h.append('0', 'z'); return JSON.stringify([a, it.next(), it.next(), it.next()]) + Object.prototype.toString.call(it) ; });
t(() => { const h = new Headers({Accept: 'x'}); return h.has('ACCEPT') + ' ' + h.get('nope'); });
t(() => Headers.prototype.get.call({}, 'a'));
t(() => new Request('http://a/', {headers: {'x': 'y'}}).headers.get('X'));
t(() => new Request('http://a/', 5));
t(() => new Request('http://a/', {method: 'POST', body: {}}).headers.get('content-type'));
t(() => new Request(new Request('http://a/', {method: 'POST', body: 'x'})).method);
t(() => { const r = new Request('http://a/', {method: 'POST', body: 'x'}); r.text(); return new Request(r); });
t(() => new Response(null, {status: 200, headers: [['a', 'b']]}).headers.get('a'));
t(() => new Response(5).headers.get('content-type'));
t(() => new Response(new Uint8Array(2)).headers.get('content-type'));
t(() => new Response(undefined, {status: 600}));
t(() => new Response('', {status: 200.5}));
t(() => new Response('', {status: 'x'}));
t(() => { const r = Response.redirect('http://a/b', 301); return r.status + ' ' + r.headers.get('location') + ' ' + r.body; });
t(() => { const r = Response.error(); return r.type + r.status + r.ok + JSON.stringify(r.statusText); });
t(() => new Response('x').clone().bodyUsed);
t(() => { const r = new Response('x'); r.text(); return r.clone(); });
t(() => Response.json(undefined));
t(() => Response.json(10n));
first.then(async () => {
  const fd = new FormData(); fd.append('a', '1'); fd.append('f', new Blob(['xy'], {type: 'text/q'}), 'n.txt');
  const r = new Response(fd); const ct = r.headers.get('content-type'); console.log(ct.replace(/boundary=.*/, 'boundary=B'));
  const t2 = await r.text(); console.log(t2.split(/\r\n/).length, JSON.stringify(t2.split('\r\n').slice(1, 4)));
  const back = await new Response(t2, {headers: {'content-type': ct}}).formData(); console.log([...back].map(([k, v]) => [k, typeof v === 'string' ? v : `${v.name}:${v.type}:${v.size}`]));
  const u = await new Response('a=1&b=%20x', {headers: {'content-type': 'application/x-www-form-urlencoded'}}).formData(); console.log([...u]);
  try { await new Response('x').formData(); } catch (e) { console.log(e.name, JSON.stringify(e.message)); }
  console.log(await new Response('abc').arrayBuffer(), await new Response('abc').blob());
  try { await new Response('{bad').json(); } catch (e) { console.log(e.name, e.message); }
  const rs = new Response('chunk'); const reader = rs.body.getReader(); console.log(await reader.read(), rs.bodyUsed);
  try { await rs.text(); } catch (e) { console.log(e.name, e.message); }
  console.log(require('util').inspect(new Request('http://a/x')));
});
