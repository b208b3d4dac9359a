'use strict';
// Request of the Fetch Standard.

const { customInspect } = require('internal/util');
const { isHttpToken } = require('internal/http/parser');
const { Headers, headersFromList, kList, listHas, requireArguments, illegalInvocation } = require('internal/fetch/headers');
const { kBody, extractBody, addBodyMethods, cloneBody, isUnusable } = require('internal/fetch/body');

const kState = Symbol('kState');
const kSignal = Symbol('kSignal');
const kHeaders = Symbol('kHeaders');

const kForbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const kNormalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

const kEnumerations = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'error', 'manual'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
    'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  duplex: ['half'],
};

function checkThis(value) {
  if (value?.[kState] === undefined) throw illegalInvocation();
}

function enumeration(init, key) {
  const value = init[key];
  if (value === undefined) return undefined;
  const text = `${value}`;
  if (!kEnumerations[key].includes(text)) {
    throw new TypeError(`Request constructor: ${text} is not an accepted type. Expected one of ${kEnumerations[key].join(', ')}.`);
  }
  return text;
}

function parseURL(input) {
  const { URL } = require('internal/url');
  try {
    return new URL(`${input}`);
  } catch (error) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: error });
  }
}

function describe(value) {
  return typeof value === 'string' ? `"${value}"` : `${value}`;
}

// A signal that follows another: aborted with its reason when it aborts.
function followingSignal(source) {
  const { AbortController } = require('internal/abort_controller');
  const controller = new AbortController();
  if (source == null) return controller.signal;
  if (source.aborted) {
    controller.abort(source.reason);
  } else {
    source.addEventListener('abort', () => controller.abort(source.reason), { once: true });
  }
  return controller.signal;
}

class Request {
  constructor(input, init = undefined) {
    requireArguments(arguments.length, 1, 'Request constructor');
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError(`Request constructor: Expected ${describe(init)} to be one of: Null, Undefined, Object.`);
    }
    init ??= {};
    let state;
    let inputBody = null;
    let inputSignal = null;
    if (input?.[kState] !== undefined) {
      const from = input[kState];
      state = { ...from, headersList: from.headersList.slice() };
      inputBody = input[kBody];
      inputSignal = input[kSignal];
    } else {
      const url = parseURL(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET', url: url.href, headersList: [], mode: 'cors', credentials: 'same-origin', cache: 'default',
        redirect: 'follow', referrer: 'about:client', referrerPolicy: '', integrity: '', keepalive: false,
        duplex: 'half',
      };
    }
    if (init.window !== undefined && init.window !== null) throw new TypeError(`'window' option '${init.window}' must be null`);
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      if (referrer === '') {
        state.referrer = 'no-referrer';
      } else {
        const parsed = parseURL(referrer);
        state.referrer = parsed.protocol === 'about:' && parsed.pathname === 'client' ? 'about:client' : parsed.href;
      }
    }
    state.referrerPolicy = enumeration(init, 'referrerPolicy') ?? state.referrerPolicy;
    const mode = enumeration(init, 'mode');
    if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    state.mode = mode ?? state.mode;
    state.credentials = enumeration(init, 'credentials') ?? state.credentials;
    state.cache = enumeration(init, 'cache') ?? state.cache;
    if (state.cache === 'only-if-cached' && state.mode !== 'same-origin') {
      throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
    }
    state.redirect = enumeration(init, 'redirect') ?? state.redirect;
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!isHttpToken(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (kForbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (kNormalizedMethods.has(upper)) method = upper;
      state.method = method;
    }
    const signal = init.signal !== undefined ? init.signal : inputSignal;
    if (signal !== null && signal !== undefined) {
      const { AbortSignal } = require('internal/abort_controller');
      if (!(signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
    }
    this[kState] = state;
    this[kSignal] = followingSignal(signal);
    if (init.headers !== undefined) {
      const fresh = new Headers(init.headers);
      state.headersList = fresh[kList];
    }
    this[kHeaders] = headersFromList(state.headersList, 'request');

    const hasBody = init.body !== undefined && init.body !== null;
    if ((hasBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (hasBody) {
      const extracted = extractBody(init.body);
      body = extracted.body;
      if (extracted.type !== null && !listHas(state.headersList, 'content-type')) {
        state.headersList.push('content-type', extracted.type);
      }
    }
    const finalBody = body ?? inputBody;
    if (finalBody !== null && finalBody.source === null) {
      if (init.duplex === undefined && inputBody === null) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      enumeration(init, 'duplex');
    }
    if (body === null && inputBody !== null) {
      if (isUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      }
      // The input's body moves to the new request: reading it through the input is no longer
      // possible (as if it had been read).
      const { bodyStream } = require('internal/fetch/body');
      const stream = bodyStream(inputBody);
      const moved = { source: inputBody.source, stream: null, length: inputBody.length, used: false };
      if (inputBody.source === null) {
        const { TransformStream } = require('internal/webstreams/transformstream');
        const identity = new TransformStream();
        stream.pipeTo(identity.writable).catch(() => {});
        moved.stream = identity.readable;
      } else {
        inputBody.used = true;
      }
      this[kBody] = moved;
    } else {
      this[kBody] = body;
    }
  }

  get method() { checkThis(this); return this[kState].method; }
  get url() { checkThis(this); return this[kState].url; }
  get headers() { checkThis(this); return this[kHeaders]; }
  get destination() { checkThis(this); return ''; }
  get referrer() {
    checkThis(this);
    const { referrer } = this[kState];
    return referrer === 'no-referrer' ? '' : referrer;
  }

  get referrerPolicy() { checkThis(this); return this[kState].referrerPolicy; }
  get mode() { checkThis(this); return this[kState].mode; }
  get credentials() { checkThis(this); return this[kState].credentials; }
  get cache() { checkThis(this); return this[kState].cache; }
  get redirect() { checkThis(this); return this[kState].redirect; }
  get integrity() { checkThis(this); return this[kState].integrity; }
  get keepalive() { checkThis(this); return this[kState].keepalive; }
  get isReloadNavigation() { checkThis(this); return false; }
  get isHistoryNavigation() { checkThis(this); return false; }
  get signal() { checkThis(this); return this[kSignal]; }
  get duplex() { checkThis(this); return 'half'; }

  clone() {
    checkThis(this);
    if (isUnusable(this[kBody])) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState], headersList: this[kState].headersList.slice() };
    copy[kHeaders] = headersFromList(copy[kState].headersList, 'request');
    copy[kSignal] = followingSignal(this[kSignal]);
    copy[kBody] = this[kBody] === null ? null : cloneBody(this[kBody]);
    return copy;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const state = this[kState];
    return customInspect(this, 'Request', {
      method: state.method, url: state.url, headers: this[kHeaders], destination: '', referrer: this.referrer,
      referrerPolicy: state.referrerPolicy, mode: state.mode, credentials: state.credentials, cache: state.cache,
      redirect: state.redirect, integrity: state.integrity, keepalive: state.keepalive, isReloadNavigation: false,
      isHistoryNavigation: false, signal: this[kSignal],
    }, depth, options);
  }
}

addBodyMethods(Request.prototype, checkThis, (request) => request[kState].headersList, ['duplex', 'clone']);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { __proto__: null, value: 'Request', configurable: true });
for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
  'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'duplex',
  'clone']) {
  Object.defineProperty(Request.prototype, name, { __proto__: null, enumerable: true });
}

module.exports = { Request, kState, kSignal };
