'use strict';
// Legacy url.parse host rules: the host ends at the first character a host never holds (the
// rest is path, without an added "/"), tabs and line breaks before the path are dropped, an "@"
// makes "//auth@host" a host even without a protocol, names are not read as IPv4, and
// resolveObject() gives a Url for a protocol change.
const url = require('url');
const inputs = [
  'HtTp://x.y.cOm;a/b/c?d=e#f g<h>i', 'http://a\r" \t\n<\'b:b@c\r\nd/e?f', 'http://a.b/\tbc\ndr\ref g"hq\'j<kl>?mn\\op^q=r`99{st|uv}wz',
  '//fhqwhgads@example.com/everybody-to-the-limit', 'x://0.0,1.1/', 'http://x%y/z', 'http://ex ample.com/', '  http://trim.me/  ',
  '\u00a0http://nbsp.me/\ufeff', 'http://a\\b/c\\d?e\\f',
];
for (const input of inputs) {
  const { protocol, slashes, auth, host, pathname, search, hash, href } = url.parse(input);
  console.log(JSON.stringify([protocol, slashes, auth, host, pathname, search, hash, href]));
}
const resolved = url.parse('http://nodejs.org/').resolveObject('jAvascript:alert(1);a=\'@white-listed.com\'');
console.log(resolved instanceof url.Url, resolved.protocol, resolved.pathname, resolved.href);
console.log(url.resolveObject('http://a/b/c/d', '../e?f').href, url.resolveObject('', 'x'));
