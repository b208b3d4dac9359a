// Buffer.from(string) and buf.toString() on 10 MB, in ms per operation (median of 5).
const size = 10 * 1024 * 1024;
const ascii = 'hello world, this is a benchmark line of text. '.repeat(size / 48);
const mixed = 'héllo wörld ✓ 日本語 '.repeat(size / 30);
const b1 = Buffer.from(ascii);
const b2 = Buffer.from(mixed);
const cases = {
  'from utf8 ascii': () => Buffer.from(ascii, 'utf8'),
  'from utf8 mixed': () => Buffer.from(mixed, 'utf8'),
  'toString utf8 ascii': () => b1.toString('utf8'),
  'toString utf8 mixed': () => b2.toString('utf8'),
  'toString latin1': () => b1.toString('latin1'),
  'toString hex': () => b1.toString('hex'),
  'toString base64': () => b1.toString('base64'),
};
require('./median.js')(cases);
