'use strict';
// CompressionStream and DecompressionStream in the three formats, through Response bodies.
(async () => {
  const text = 'compress me '.repeat(100);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream(format))).arrayBuffer();
    const back = await new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream(format))).text();
    console.log(format, compressed.byteLength > 0, back === text);
  }
  try { new CompressionStream('x'); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(Object.prototype.toString.call(new DecompressionStream('gzip')));
})();
