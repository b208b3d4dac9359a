// Node streams and web streams converted both ways; Blob.stream and FileHandle.readableWebStream.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const fs = require('fs');
(async () => {
  const web = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  const got = []; for await (const c of web) got.push(String(c)); console.log('toWeb', got);
  const node = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } }), { encoding: 'utf8' });
  let s = ''; for await (const c of node) s += c; console.log('fromWeb', s);
  const chunks = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } }));
  const w = ws.getWriter(); await w.write('1'); await w.write('2'); await w.close(); console.log('Writable.toWeb', chunks);
  const sink = []; const nodeW = Writable.fromWeb(new WritableStream({ write(c) { sink.push(new TextDecoder().decode(c)); } }));
  nodeW.write('p'); nodeW.end('q', () => console.log('Writable.fromWeb', sink));
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const ww = writable.getWriter(); ww.write(new TextEncoder().encode('dup')); ww.close();
  const r = readable.getReader(); const first = await r.read(); console.log('Duplex.toWeb', new TextDecoder().decode(first.value));
  const parts = []; for await (const p of new Blob(['hello ', 'blob']).stream()) parts.push(new TextDecoder().decode(p)); console.log('blob stream', parts.join(''));
  const fh = await fs.promises.open(__filename); let n = 0; for await (const p of fh.readableWebStream()) n += p.byteLength; await fh.close(); console.log('readableWebStream bytes', n === fs.statSync(__filename).size);
})().catch(e => console.log('ERR', e));
