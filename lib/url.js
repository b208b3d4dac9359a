'use strict';

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL, urlToHttpOptions,
} = require('internal/url');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function notYet(name) {
  return function() { throw new ERR_NOT_IMPLEMENTED(`url.${name}()`); };
}

module.exports = {
  Url: function Url() { throw new ERR_NOT_IMPLEMENTED('url.Url'); },
  parse: notYet('parse'),
  resolve: notYet('resolve'),
  resolveObject: notYet('resolveObject'),
  format: notYet('format'),
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
