// 2000 generated URL strings (fixed seed), relative and absolute: href, origin and host must equal node's.
let seed = 777;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const alphabet = ['a', 'Z', '0', '9', ':', '/', '\\', '?', '#', '@', '%', '.', '[', ']', '-', ' ', '\t',
  '\u00e9', '\u4e2d', 'xn--', '%2e', '%41', '..', 'http://', 'https://', 'file:', 'ws:', '=', '&', '1.2.3.4', '::1', '0x7f'];
const out = [];
for (let i = 0; i < 2000; i++) {
  const s = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
  let r;
  try { const u = new URL(s, i % 2 ? 'http://h.example/a/b?q#f' : undefined); r = `${u.href}|${u.origin}|${u.host}`; } catch (e) { r = `ERR ${e.code}`; }
  out.push(r);
}
console.log(out.join('\n'));
