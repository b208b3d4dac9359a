// new URL() on 100k URLs of assorted shapes, and URL.canParse / searchParams on them, in ms per
// pass (median of 7).
const bases = [
  'https://example.com/path/to/resource?query=value&other=1#fragment',
  'http://user:pass@sub.domain.example.org:8080/a/b/../c/./d?x=%20y',
  'https://xn--nxasmq6b.com/ünïcödé/päth?q=ü',
  'file:///home/user/some/file.txt',
  'http://192.168.0.1:3000/api/v1/items/12345',
  'https://[2001:db8::1]/ipv6/path',
  'ws://localhost:8080/socket?token=abc.def.ghi',
  'https://example.com/search?q=a+b&lang=en&page=2&sort=desc&filter=active',
];
const inputs = Array.from({ length: 100000 }, (_, i) => `${bases[i % bases.length]}${i}`);
const cases = {
  'new URL x100k': () => { for (const input of inputs) new URL(input); },
  'new URL relative x100k': () => { for (const input of inputs) new URL(`../x/${input.length}?y`, input); },
  'href + searchParams x100k': () => {
    let n = 0;
    for (const input of inputs) n += new URL(input).searchParams.size + new URL(input).href.length;
    return n;
  },
};
require('./median.js')(cases);
