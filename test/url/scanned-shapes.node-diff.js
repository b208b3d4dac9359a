'use strict';
// 3000 URLs built from the components the parser's one-pass scan handles (special schemes,
// userinfo, every host kind, ports, dot segments, characters to percent-encode, queries and
// fragments), absolute and against bases, with near misses it must hand to the state machine:
// every component, the serialization and the query pairs equal node's.
let seed = 4242;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = (list) => list[Math.floor(rand() * list.length)];
const schemes = ['http', 'https', 'HTTP', 'ws', 'wss', 'ftp', 'file', 'Https', 'wS'];
const userinfos = ['', '', 'user@', 'u:p@', 'a@b@', ':@', 'us%20er:pa ss@', '\u00e9:\u00fc@', '@', 'a:b:c@'];
const hosts = ['example.com', 'EXAMPLE.com', 'a.b.c', '192.168.0.1', '1.2.3', '0x7f.1', '256.1.1.1', '[::1]',
  '[2001:db8::1]', '[::ffff:1.2.3.4]', 'xn--nxasmq6b.com', 'b\u00fccher.de', 'ab--c.com', 'a_b', 'host.', '.', '%41.com',
  '1.2.3.4.', 'h', '', 'ex ample.com', '[::1', 'a[b]', '09.1', '0x', 'x.0x1', 'x.09', 'xn--a', 'A.0X1F'];
const ports = ['', '', ':80', ':443', ':8080', ':', ':0080', ':65536', ':12a', ':21'];
const segments = ['a', 'b', '.', '..', '%2e', '%2E%2e', '.%2e', '%2e.', '\u00fc', 'a b', 'x"y', '{}', '', '%zz', 'C:',
  'c|', '\u{1F600}', '\ud800', '`', '..%2f', 'a\\b'];
const queries = ['', '?', '?a=1&b=2', '?q=\u00fc', "?x'y", '?a b', '?#', '?\ud800', '?"<>', '?a+b=c+d&&=x&y', '?%41=%zz'];
const fragments = ['', '#', '#frag', '#a b', '#\u00fc', '#`x`', '#\t', '#a#b'];
const starts = ['', '/', '../', './', '?', '#', '//', 'x/', '\\', '..\\'];
const bases = [undefined, 'http://h.example/a/b/c?q#f', 'https://u:p@x.org:8443/d/e', 'file:///tmp/x/y', 'ws://w/',
  'http://h/', 'https://[::1]:8080/p/q'];
const lines = [];
for (let i = 0; i < 3000; i++) {
  const path = Array.from({ length: Math.floor(rand() * 5) }, () => pick(segments)).join('/');
  const input = rand() < 0.6 ?
    `${pick(schemes)}://${pick(userinfos)}${pick(hosts)}${pick(ports)}${rand() < 0.8 ? '/' : ''}${path}${pick(queries)}${pick(fragments)}` :
    `${pick(starts)}${path}${pick(queries)}${pick(fragments)}`;
  const base = pick(bases);
  let line;
  try {
    const url = new URL(input, base);
    line = [url.href, url.origin, url.host, url.pathname, url.search, url.hash, url.username, url.password, url.port,
      [...url.searchParams].join(';')].join('|');
  } catch (error) {
    line = `${error.name} ${error.code}`;
  }
  lines.push(`${JSON.stringify(input)} ${base} => ${line}`);
}
console.log(lines.join('\n'));
