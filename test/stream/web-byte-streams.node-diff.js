'use strict';
// Byte streams: BYOB reads into caller buffers (with min), byobRequest.respond, autoAllocate,
// and a default reader on a byte stream.
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      if (n >= 3) {
        controller.close();
        request?.respond(0);
        return;
      }
      request.view[0] = 65 + n;
      request.view[1] = 97 + n;
      request.respond(2);
      n++;
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let buffer = new ArrayBuffer(8);
  const seen = [];
  while (true) {
    const { value, done } = await reader.read(new Uint8Array(buffer), { min: 2 });
    if (done) break;
    seen.push(Buffer.from(value).toString());
    buffer = value.buffer;
  }
  console.log('byob', seen, buffer.byteLength);

  const auto = new ReadableStream({
    type: 'bytes', autoAllocateChunkSize: 4,
    pull(controller) {
      const view = controller.byobRequest.view;
      view.set([1, 2, 3]);
      controller.byobRequest.respond(3);
      controller.close();
    },
  });
  const chunks = [];
  for await (const chunk of auto) chunks.push([...chunk]);
  console.log('auto', chunks);

  const enq = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint16Array([1, 2])); c.close(); } });
  const r = enq.getReader({ mode: 'byob' });
  const first = await r.read(new Uint8Array(2));
  console.log('partial', [...first.value], (await r.read(new Uint8Array(4))).value.length);
  try { enq.getReader(); } catch (e) { console.log('locked', e.name); }
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { console.log('not bytes', e.name, e.code); }
})();
