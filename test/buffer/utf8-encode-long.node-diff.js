// Strings of every length up to 400 (the JavaScript, pool and native paths) encode to UTF-8 byte
// for byte as node does: ASCII runs, 2-, 3- and 4-byte sequences, lone and paired surrogates at
// every position; byteLength agrees.
let seed = 1;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
const pieces = [
  () => String.fromCharCode(32 + next() % 90),
  () => String.fromCharCode(0x80 + next() % 0x780),
  () => String.fromCharCode(0x800 + next() % 0xd000),
  () => String.fromCharCode(0xe000 + next() % 0x2000),
  () => '\u{1F600}',
  () => String.fromCharCode(0xd800 + next() % 0x800),
];
let digest = 0;
for (let i = 0; i < 400; i++) {
  let text = '';
  const length = 1 + next() % 400;
  while (text.length < length) text += pieces[next() % pieces.length]();
  const bytes = Buffer.from(text);
  if (bytes.length !== Buffer.byteLength(text)) throw new Error(`byteLength differs for sample ${i}`);
  const hex = bytes.toString('hex');
  for (let k = 0; k < hex.length; k++) digest = (digest * 31 + hex.charCodeAt(k)) | 0;
  digest = (digest * 31 + bytes.length) | 0;
}
console.log(digest);
console.log(Buffer.from('\ud800'.repeat(70)).length, Buffer.from('\udc00\ud800'.repeat(40)).toString('hex').slice(0, 24));
