'use strict';
// Response of the Fetch Standard.

const { customInspect } = require('internal/util');
const {
  headersFromList, fillHeaders, listHas, listSet, requireArguments, illegalInvocation, kGuard,
} = require('internal/fetch/headers');
const { kBody, extractBody, addBodyMethods, cloneBody, isUnusable, textEncoder } = require('internal/fetch/body');

const kState = Symbol('kState');
const kHeaders = Symbol('kHeaders');

const kNullBodyStatuses = new Set([101, 103, 204, 205, 304]);
const kRedirectStatuses = new Set([301, 302, 303, 307, 308]);
const kReasonPhrasePattern = /^[\t\x20-\x7e\x80-\xff]*$/;

function checkThis(value) {
  if (value?.[kState] === undefined) throw illegalInvocation();
}

// The WebIDL unsigned short conversion.
function unsignedShort(value) {
  const number = Number(value);
  if (!Number.isFinite(number)) return 0;
  const integer = Math.trunc(number);
  return ((integer % 65536) + 65536) % 65536;
}

// A response made here: type, status, statusText, headers list, URL list, body.
function makeResponse(fields, headersGuard = 'response') {
  const response = Object.create(Response.prototype);
  response[kState] = {
    type: 'default', status: 200, statusText: '', headersList: [], urlList: [], ...fields,
  };
  response[kHeaders] = headersFromList(response[kState].headersList, headersGuard);
  response[kBody] = fields.body ?? null;
  return response;
}

function initialize(response, init, extracted) {
  if (init.status !== undefined) {
    const status = unsignedShort(init.status);
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    response[kState].status = status;
  }
  if (init.statusText !== undefined) {
    const statusText = `${init.statusText}`;
    if (!kReasonPhrasePattern.test(statusText)) throw new TypeError('Invalid statusText');
    response[kState].statusText = statusText;
  }
  if (init.headers !== undefined) fillHeaders(response[kHeaders], init.headers);
  if (extracted !== null) {
    if (kNullBodyStatuses.has(response[kState].status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${response[kState].status}`);
    }
    response[kBody] = extracted.body;
    if (extracted.type !== null && !listHas(response[kState].headersList, 'content-type')) {
      response[kState].headersList.push('content-type', extracted.type);
    }
  }
}

function checkInit(init, method) {
  if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${method}: Expected ${typeof init === 'string' ? `"${init}"` : init} to be one of: Null, Undefined, Object.`);
  }
  return init ?? {};
}

class Response {
  constructor(body = null, init = undefined) {
    init = checkInit(init, 'Response constructor');
    this[kState] = { type: 'default', status: 200, statusText: '', headersList: [], urlList: [] };
    this[kHeaders] = headersFromList(this[kState].headersList, 'response');
    this[kBody] = null;
    initialize(this, init, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    return makeResponse({ type: 'error', status: 0 }, 'immutable');
  }

  static json(data, init = undefined) {
    init = checkInit(init, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const response = makeResponse({});
    const extracted = extractBody(textEncoder.encode(text));
    initialize(response, init, { body: extracted.body, type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    requireArguments(arguments.length, 1, 'Response.redirect');
    const { URL } = require('internal/url');
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (error) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: error });
    }
    status = unsignedShort(status);
    if (!kRedirectStatuses.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = makeResponse({ status }, 'immutable');
    listSet(response[kState].headersList, 'location', parsed.href);
    return response;
  }

  get type() { checkThis(this); return this[kState].type; }
  get url() {
    checkThis(this);
    const { urlList } = this[kState];
    if (urlList.length === 0) return '';
    const last = urlList[urlList.length - 1];
    const hash = last.indexOf('#');
    return hash === -1 ? last : last.slice(0, hash);
  }

  get redirected() { checkThis(this); return this[kState].urlList.length > 1; }
  get status() { checkThis(this); return this[kState].status; }
  get ok() { checkThis(this); return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { checkThis(this); return this[kState].statusText; }
  get headers() { checkThis(this); return this[kHeaders]; }

  clone() {
    checkThis(this);
    if (isUnusable(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const state = this[kState];
    const copy = makeResponse({ ...state, headersList: state.headersList.slice(), urlList: state.urlList.slice() },
      this[kHeaders][kGuard]);
    copy[kBody] = this[kBody] === null ? null : cloneBody(this[kBody]);
    return copy;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return customInspect(this, 'Response', {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    }, depth, options);
  }
}

addBodyMethods(Response.prototype, checkThis, (response) => response[kState].headersList, ['clone']);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { __proto__: null, value: 'Response', configurable: true });
for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'clone']) {
  Object.defineProperty(Response.prototype, name, { __proto__: null, enumerable: true });
}
for (const name of ['error', 'json', 'redirect']) {
  Object.defineProperty(Response, name, { __proto__: null, enumerable: true });
}

module.exports = { Response, makeResponse, kNullBodyStatuses, kRedirectStatuses };
