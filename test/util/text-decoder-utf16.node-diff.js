// TextDecoder UTF-16BE/LE: surrogate pairs across stream chunks, lone surrogates, label whitespace.
const d = new TextDecoder('utf-16be'); console.log(d.encoding, JSON.stringify(d.decode(new Uint8Array([0, 65, 0xd8, 0x3d, 0xde, 0x00]))));
const s = new TextDecoder('utf-16le'); let out = ''; for (const b of [0x3d, 0xd8, 0x00, 0xde, 0x41]) out += s.decode(new Uint8Array([b]), { stream: true }); out += s.decode(); console.log(JSON.stringify(out));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xdc, 0x00, 0xd8]))));
try { new TextDecoder('\u00a0utf-8') } catch (e) { console.log(e.code) }
console.log(new TextDecoder(' utf-8\n').encoding);
