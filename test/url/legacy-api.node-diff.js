// Legacy url.parse/format/resolve on common inputs print what node prints.
const url = require('url');
const inputs = [
  'http://user:pass@Example.COM:8080/p/a/t/h?query=string#hash', 'https://example.com', 'http://example.com/',
  '/just/a/path?x=1&y=2', '/path#frag', 'relative/path', '//host.com/x', 'mailto:someone@example.com',
  'http://[::1]:3000/x', 'file:///etc/passwd', 'http://a.com/b c', 'HTTP://X.COM/Y', 'javascript:alert(1)',
  'http://a.com?x', 'http://a.com#y', 'ftp://files.example.org/pub', 'http://a.com:/x', '?only=query', '#only',
  'http://a.com/\\back\\slash', '  http://trim.me/  ', 'http://münchen.de/', 'http://a.com/%7Efoo', 'x:y',
];
for (const input of inputs) {
  const u = url.parse(input);
  console.log(JSON.stringify({ ...u }), url.format(u));
  console.log(JSON.stringify(url.parse(input, true).query));
}
console.log(JSON.stringify(url.parse('//host/p', false, true)));
console.log(url.resolve('http://a.com/b/c', '../d'), url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'));
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format(new URL('https://a:b@測試?abc#foo'), { unicode: true, auth: false, fragment: false }));
