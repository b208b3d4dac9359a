// util.MIMEType and MIMEParams: parsing, serialization, setters and Node's syntax errors.
const { MIMEType, MIMEParams } = require('util');
const m = new MIMEType(' Text/HTML ; Charset="UTF-8"; foo=bar; charset=x; empty=""; q="a\\"b" ');
console.log(String(m), m.type, m.subtype, m.essence, m.params.get('charset'), m.params.has('foo'), [...m.params.keys()], JSON.stringify(m));
m.type = 'Application'; m.params.set('n', 'v w'); m.params.delete('foo'); console.log(`${m}`);
for (const bad of ['text', '/html', 'te xt/html', 'text/', 'text/ht ml']) { try { new MIMEType(bad); } catch (e) { console.log(e.code, e.message); } }
try { m.params.set('bad name', 'x'); } catch (e) { console.log(e.code, e.message); }
try { m.type = ''; } catch (e) { console.log(e.code, e.message); }
