'use strict';
// URL.createObjectURL registers a Blob under "blob:nodedata:<uuid>"; buffer.resolveObjectURL
// gives a new Blob with its bytes and type (a query or fragment on the URL is ignored) until
// URL.revokeObjectURL; anything else resolves to undefined.
const { Blob, resolveObjectURL } = require('buffer');

(async () => {
  const blob = new Blob(['hello'], { type: 'text/plain' });
  const url = URL.createObjectURL(blob);
  console.log(url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, '<uuid v4>'));
  const resolved = resolveObjectURL(url);
  console.log(resolved === blob, resolved instanceof Blob, resolved.size, resolved.type, await resolved.text());
  console.log(resolveObjectURL(url) === resolved, resolveObjectURL(`${url}#x`)?.size, resolveObjectURL(`${url}?q`)?.size);
  for (const other of ['blob:nodedata:nope', 'http://x', 'blob:other:1', 'garbage', 1, undefined]) {
    console.log(String(other), resolveObjectURL(other));
  }
  for (const bad of ['x', {}, null]) {
    try { URL.createObjectURL(bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { URL.revokeObjectURL(); } catch (e) { console.log(e.name, e.code, e.message); }
  URL.revokeObjectURL('garbage');
  URL.revokeObjectURL(url);
  console.log(resolveObjectURL(url));
  console.log(URL.createObjectURL.length, URL.revokeObjectURL.length, resolveObjectURL.length);
})();
