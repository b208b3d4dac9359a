'use strict';
// Legacy url.parse: hosts IDNA maps to nothing or to characters a host cannot hold throw
// ERR_INVALID_URL; a forbidden character inside IPv6 brackets too; a port that is not a number
// is accepted with DEP0170, once.
const url = require('url');
// Only this listener: the default one would print the process id.
process.removeAllListeners('warning');
process.on('warning', (warning) => console.log('warning', warning.code, warning.message));
for (const input of ['http://fail\u2100fail.com/', 'http://\u00ADx/', 'http://\u00AD/bad.com/', 'http://[127.0.0.1\x00c8763]:8000/',
  'http://ex\uFF20mple.com/', 'http://Example.COM/p', 'http://xn--nxasmq6b.com/', 'http://ünïcödé.com/']) {
  try {
    const { host, hostname, pathname } = url.parse(input);
    console.log(JSON.stringify(input), host, hostname, pathname);
  } catch (error) {
    console.log(JSON.stringify(input), error.name, error.code, error.input === input);
  }
}
console.log(url.parse('https://evil.com:.example.com').host, url.parse('git+ssh://git@github.com:npm/npm').pathname);
