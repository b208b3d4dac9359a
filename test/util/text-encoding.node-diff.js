// TextEncoder, TextDecoder (streaming, fatal, BOM, labels) and StringDecoder print what node prints.
const te = new TextEncoder(); console.log(te.encode('héllo €'), te.encodeInto('ab€', new Uint8Array(4)), te.encoding);
const td = new TextDecoder(); console.log(td.decode(new Uint8Array([0xef,0xbb,0xbf,104,0xe2,0x82,0xac])), td.encoding, td.fatal);
const s = new TextDecoder(); console.log(JSON.stringify(s.decode(new Uint8Array([0xe2,0x82]), {stream:true}) + s.decode(new Uint8Array([0xac]))));
try { new TextDecoder('utf-8', {fatal:true}).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9])), new TextDecoder('utf-16le').decode(new Uint8Array([104,0,105,0])));
const { StringDecoder } = require('string_decoder'); const d = new StringDecoder('utf8'); console.log(d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x82, 0xac])), d.end());
console.log(new TextDecoder().decode(new Uint8Array([0xf0,0x9f,0x98,0x80, 0xc0, 0x41])));
