// Buffer.from(string, encoding) and buf.toString(encoding) on 10 MB, in ms per operation (median of 5).
const size = 10 * 1024 * 1024;
const ascii = 'hello world, this is a benchmark line of text. '.repeat(size / 48);
const mixed = 'héllo wörld ✓ 日本語 '.repeat(size / 30);
const b1 = Buffer.from(ascii);
const b2 = Buffer.from(mixed);
const latin1 = 'caf\u00e9 na\u00efve r\u00e9sum\u00e9 '.repeat(size / 20);
const hex = b1.toString('hex');
const base64 = b1.toString('base64');
const cases = {
  'from utf8 ascii': () => Buffer.from(ascii, 'utf8'),
  'from utf8 mixed': () => Buffer.from(mixed, 'utf8'),
  'from latin1': () => Buffer.from(latin1, 'latin1'),
  'from hex': () => Buffer.from(hex, 'hex'),
  'from base64': () => Buffer.from(base64, 'base64'),
  'toString utf8 ascii': () => b1.toString('utf8'),
  'toString utf8 mixed': () => b2.toString('utf8'),
  'toString latin1': () => b1.toString('latin1'),
  'toString hex': () => b1.toString('hex'),
  'toString base64': () => b1.toString('base64'),
};
require('./median.js')(cases);
