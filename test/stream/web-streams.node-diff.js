// Web streams: reading, piping through a TransformStream, tee, text codecs, errors, strategies.
const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
console.log(rs);
(async () => {
  for await (const x of rs) console.log('chunk', x);
  const chunks = [];
  const ws = new WritableStream({ write(c) { chunks.push(c); } });
  await new ReadableStream({ pull(c) { c.enqueue(chunks.length); if (chunks.length > 3) c.close(); } }).pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 10); } })).pipeTo(ws);
  console.log('piped', chunks);
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  const ra = []; for await (const x of a) ra.push(x);
  const rb = []; for await (const x of b) rb.push(x);
  console.log('tee', ra, rb);
  const te = new TextEncoderStream();
  console.log(te);
  const out = ReadableStream.from(['hé', 'llo']).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
  let text = ''; for await (const t of out) text += t;
  console.log('text', text);
  const err = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  try { await err.getReader().read(); } catch (e) { console.log('error', e.message); }
  const w = new WritableStream({}, new CountQueuingStrategy({ highWaterMark: 2 })).getWriter();
  console.log('desired', w.desiredSize); w.write(1); console.log('desired', w.desiredSize);
  console.log(new ByteLengthQueuingStrategy({ highWaterMark: 16 }).size(new Uint8Array(5)));
  console.log(Object.prototype.toString.call(rs), Object.prototype.toString.call(w));
})();
