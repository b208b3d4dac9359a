'use strict';
// TextDecoder's byte order mark across whole and streamed calls, ignoreBOM, fatal, and every kind
// of input, including the plain call that takes a short path.
const show = (s) => JSON.stringify(s);
const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]);
const d = new TextDecoder();
console.log(show(d.decode(bom)), show(d.decode(bom)), show(d.decode(new Uint8Array([0xef, 0xbb]), { stream: true })), show(d.decode(new Uint8Array([0xbf, 0x41]))), show(d.decode(bom)));
console.log(show(d.decode(bom, { stream: true })), show(d.decode(bom)), show(d.decode(bom)));
const keep = new TextDecoder('utf-8', { ignoreBOM: true });
console.log(show(keep.decode(bom)), show(new TextDecoder('utf-8', { fatal: true }).decode(bom)));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code); }
console.log(show(d.decode(new Uint8Array([0xe2, 0x9c]))), show(d.decode(new Uint8Array([]))), show(d.decode()), show(d.decode(Buffer.from('\ufeffxyz'))));
console.log(show(d.decode(new Uint16Array([0x6968]))), show(d.decode(new DataView(new Uint8Array([0x6f, 0x6b]).buffer))), show(d.decode(new Uint8Array([0x6f, 0x6b]).buffer)));
