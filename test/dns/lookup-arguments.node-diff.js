'use strict';
// dns.lookup()/lookupService() and their promise forms: argument checks, IP literals and empty
// host names (answered without the resolver), and the DEP0118 warning for the latter.
const dns = require('dns');
process.removeAllListeners('warning');
process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));

const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'accepted');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
attempt('object host', () => dns.lookup({}, () => {}));
attempt('number host', () => dns.lookup(1, () => {}));
attempt('no callback', () => dns.lookup('example.invalid'));
attempt('family without callback', () => dns.lookup('example.invalid', 4));
attempt('string options', () => dns.lookup('', 'x', () => {}));
attempt('bad family', () => dns.lookup('', { family: 5 }, () => {}));
attempt('bad family number', () => dns.lookup('', 5, () => {}));
attempt('bad hints', () => dns.lookup('', { hints: (dns.V4MAPPED | dns.ADDRCONFIG | dns.ALL) + 1 }, () => {}));
attempt('hints type', () => dns.lookup('', { hints: 'x' }, () => {}));
attempt('all type', () => dns.lookup('', { all: 1 }, () => {}));
attempt('verbatim type', () => dns.lookup('', { verbatim: 1 }, () => {}));
attempt('promise bad family', () => dns.promises.lookup('', { family: 'x' }));
attempt('service missing args', () => dns.lookupService('127.0.0.1', 80));
attempt('service bad address', () => dns.lookupService('x', 80, () => {}));
attempt('service bad port', () => dns.lookupService('127.0.0.1', 'x', () => {}));
attempt('bad order', () => dns.setDefaultResultOrder('x'));
console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.getDefaultResultOrder());

const steps = [
  (next) => dns.lookup('', (err, address, family) => next('empty', err, address, family)),
  (next) => dns.lookup(null, { family: 6 }, (err, address, family) => next('null v6', err, address, family)),
  (next) => dns.lookup(0, { all: true }, (err, list) => next('zero all', err, list)),
  (next) => dns.lookup('127.0.0.1', (err, address, family) => next('v4 literal', err, address, family)),
  (next) => dns.lookup('::1', { all: true }, (err, list) => next('v6 literal all', err, list)),
  (next) => dns.promises.lookup('10.0.0.1').then((result) => next('promise literal', result)),
  (next) => dns.promises.lookup(undefined, { all: true }).then((result) => next('promise empty all', result)),
];
(function run(i) {
  if (i === steps.length) return;
  steps[i]((...values) => {
    console.log(...values);
    run(i + 1);
  });
})(0);
