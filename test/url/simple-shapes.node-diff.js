'use strict';
// URLs in the shapes the parser takes without its state machine, and near misses that must
// still go through it: every component and the serialization equal node's.
const inputs = [
  'https://example.com/path/to/resource?query=value&other=1#fragment',
  'http://EXAMPLE.com:80/a/b?c#d', 'http://127.0.0.1:3000/api', 'http://255.255.255.255/', 'http://256.1.1.1/',
  'http://01.2.3.4/', 'http://1.2.3/', 'http://1.2.3.4./', 'https://example.com:443', 'https://example.com:0443/x', 'ws://localhost:8080/',
  'wss://a.b.c.:99999/', 'http://host.123/', 'http://1.2.3.4/', 'http://0x7f.1/', 'http://a..b/', 'http://a_b-c.d/',
  'http://example.com/a/./b/../c', 'http://example.com/%2e/x', 'http://example.com/a b', 'http://example.com/?a b#c d',
  'http://example.com/?q=\'x\'', 'http://example.com/#`x`', 'http://example.com/{x}', 'http://xn--nxasmq6b.com/',
  'http://ex%41mple.com/', 'ftp://example.com/file.txt', 'HTTP://example.com/', 'http://example.com:/x',
  'http://example.com\\x', ' http://example.com/ ', 'http://exa\tmple.com/',
];
const show = (input, base) => {
  try {
    const url = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([url.href, url.protocol, url.host, url.hostname, url.port, url.pathname, url.search,
      url.hash, url.origin]));
  } catch (error) {
    console.log(input, base, error.code);
  }
};
for (const input of inputs) show(input);
for (const input of ['/api/v1/items?x=1#y', '/a/../b', '//other.host/x', '/\\x', '/a b', '/?q=1', '/#h'])
  for (const base of ['http://localhost:3000/base/path?q', 'file:///tmp/x', 'ws://h:1']) show(input, base);
