'use strict';

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL, urlToHttpOptions,
} = require('internal/url');
const { Url, urlParse, urlFormat, urlResolve } = require('internal/url_legacy');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject() { throw new ERR_NOT_IMPLEMENTED('url.resolveObject()'); },
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
