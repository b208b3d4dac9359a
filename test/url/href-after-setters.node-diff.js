'use strict';
// href (and toString/toJSON) after each setter and each searchParams change: the serialization
// a URL keeps between changes is never stale.
const u = new URL('https://user:pw@example.com:8080/p/a?x=1#h');
const seen = [u.href];
u.protocol = 'http'; seen.push(u.href);
u.username = 'me'; seen.push(u.href);
u.password = ''; seen.push(u.href);
u.host = 'other.org:81'; seen.push(u.href);
u.hostname = 'third.net'; seen.push(u.href);
u.port = ''; seen.push(u.href);
u.pathname = '/new path'; seen.push(u.href);
u.search = '?q=2'; seen.push(u.href);
u.searchParams.append('z', 'a b'); seen.push(u.href);
u.searchParams.delete('q'); seen.push(u.href, String(u), JSON.stringify(u));
u.hash = 'frag'; seen.push(u.href);
u.hash = ''; seen.push(u.href);
u.search = ''; seen.push(u.href, u.searchParams.toString());
u.href = 'file:///tmp/x'; seen.push(u.href, u.searchParams.toString());
u.searchParams.set('k', 'v'); seen.push(u.href);
console.log(seen.join('\n'));
