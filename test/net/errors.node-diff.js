'use strict';
// net's errors: refused and missing-path connections, a port in use, a server closed twice or
// listened twice, bad ports and options; a pipe server; a name looked up; an idle timeout.
const net = require('net');
const show = (label, e) => console.log(label, e.message.replace(/:[0-9]+$/, ':PORT'), e.code, e.syscall, e.address,
  typeof e.port === 'number' && e.port > 1 ? 'PORT' : e.port, Object.keys(e).join(','));
const steps = [
  (next) => net.connect(1, '127.0.0.1').on('error', (e) => show('refused', e)).on('close', (h) => { console.log('close', h); next(); }),
  (next) => net.connect('/nonexistent-dir/apus.sock').on('error', (e) => show('nopath', e)).on('close', () => next()),
  (next) => { const a = net.createServer().listen(0, () => { const b = net.createServer().listen(a.address().port); b.on('error', (e) => { show('inuse', e); a.close(next); }); }); },
  (next) => net.createServer().close((e) => { show('notrunning', e); next(); }),
  (next) => { const s = net.createServer().listen(0); try { s.listen(0); } catch (e) { show('twice', e); } s.close(next); },
  (next) => { try { net.connect({ port: -1 }); } catch (e) { show('badport', e); } next(); },
  (next) => { try { net.connect({ port: {} }); } catch (e) { show('porttype', e); } next(); },
  (next) => { try { net.createServer().listen({}); } catch (e) { console.log('listen {}', e.code, e.message); } next(); },
  (next) => { const s = net.createServer((c) => c.end('via pipe')); const p = require('path').join(require('os').tmpdir(), `apus-net-${process.pid}.sock`); s.listen(p, () => { console.log('pipe addr ok', s.address() === p); const c = net.connect(p); c.setEncoding('utf8'); c.on('data', (d) => console.log('pipe data', d)); c.on('close', () => s.close(next)); }); },
  (next) => { const s = net.createServer((c) => c.end()); s.listen(0, 'localhost', () => { const c = net.connect(s.address().port, 'localhost'); c.on('lookup', (e, a, f, h) => console.log('lookup', e, typeof a, typeof f, h)); c.on('connect', () => console.log('localhost connect')); c.on('close', () => s.close(next)); c.resume(); }); },
  (next) => net.connect(80, 'no-such-host.invalid').on('error', (e) => { console.log('nx', e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN', e.syscall, e.hostname); next(); }),
  (next) => { const s = net.createServer(); s.listen(0, () => { const c = net.connect(s.address().port); c.setTimeout(50, () => { console.log('timeout fired', c.timeout); c.destroy(); s.close(next); }); }); },
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
