'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the WHATWG MIME
// Sniffing standard says (type/subtype lowercased, first value of each parameter kept,
// values quoted when they need it).

const {
  codes: { ERR_INVALID_MIME_SYNTAX, ERR_INVALID_THIS },
} = require('internal/errors');

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const quotedTokenPattern = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;
const isHTTPWhitespace = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

function trimHTTPWhitespace(str, leading = true, trailing = true) {
  let start = 0;
  let end = str.length;
  if (leading) while (start < end && isHTTPWhitespace(str[start])) start++;
  if (trailing) while (end > start && isHTTPWhitespace(str[end - 1])) end--;
  return str.slice(start, end);
}

function serializeValue(value) {
  if (value.length > 0 && tokenPattern.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const kParams = Symbol('kParams');

class MIMEParams {
  constructor() {
    this[kParams] = new Map();
  }

  delete(name) { checkParams(this).delete(`${name}`); }
  get(name) { return checkParams(this).get(`${name}`) ?? null; }
  has(name) { return checkParams(this).has(`${name}`); }

  set(name, value) {
    const params = checkParams(this);
    name = `${name}`;
    value = `${value}`;
    if (name.length === 0 || !tokenPattern.test(name)) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, firstInvalid(name));
    }
    if (!quotedTokenPattern.test(value)) {
      const index = [...value].findIndex((ch) => !quotedTokenPattern.test(ch));
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, index);
    }
    params.set(name, value);
  }

  entries() { return checkParams(this).entries(); }
  keys() { return checkParams(this).keys(); }
  values() { return checkParams(this).values(); }

  toString() {
    let out = '';
    for (const [name, value] of checkParams(this)) out += `;${name}=${serializeValue(value)}`;
    return out;
  }

  toJSON() { return this.toString(); }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;

function checkParams(self) {
  const params = self?.[kParams];
  if (params === undefined) throw new ERR_INVALID_THIS('MIMEParams');
  return params;
}

// The parameters part of a MIME type string, from `position` (at a ';' or the end).
function parseParameters(str, position, params) {
  const length = str.length;
  while (position < length) {
    position++;
    while (position < length && isHTTPWhitespace(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position >= length) break;
    if (str[position] === ';') continue;
    position++;
    if (position >= length) break;
    let value;
    if (str[position] === '"') {
      value = '';
      position++;
      while (true) {
        let end = position;
        while (end < length && str[end] !== '"' && str[end] !== '\\') end++;
        value += str.slice(position, end);
        position = end;
        if (position >= length) break;
        const quoteOrBackslash = str[position];
        position++;
        if (quoteOrBackslash === '\\') {
          if (position >= length) {
            value += '\\';
            break;
          }
          value += str[position];
          position++;
        } else {
          break;
        }
      }
      while (position < length && str[position] !== ';') position++;
    } else {
      let end = position;
      while (end < length && str[end] !== ';') end++;
      value = trimHTTPWhitespace(str.slice(position, end), false, true);
      position = end;
      if (value.length === 0) continue;
    }
    if (name.length > 0 && tokenPattern.test(name) && quotedTokenPattern.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(input) {
    const str = trimHTTPWhitespace(`${input}`);
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    if (type.length === 0 || !tokenPattern.test(type)) {
      throw new ERR_INVALID_MIME_SYNTAX('type', str, firstInvalid(type));
    }
    if (slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', str, -1);
    let semicolon = str.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = str.length;
    const subtype = trimHTTPWhitespace(str.slice(slash + 1, semicolon), false, true);
    if (subtype.length === 0 || !tokenPattern.test(subtype)) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', str, firstInvalid(subtype));
    }
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    parseParameters(str, semicolon, this.#params[kParams]);
  }

  get type() { return this.#type; }

  set type(value) {
    value = `${value}`;
    if (value.length === 0 || !tokenPattern.test(value)) throw new ERR_INVALID_MIME_SYNTAX('type', value, -1);
    this.#type = value.toLowerCase();
  }

  get subtype() { return this.#subtype; }

  set subtype(value) {
    value = `${value}`;
    if (value.length === 0 || !tokenPattern.test(value)) throw new ERR_INVALID_MIME_SYNTAX('subtype', value, -1);
    this.#subtype = value.toLowerCase();
  }

  get essence() { return `${this.#type}/${this.#subtype}`; }

  get params() { return this.#params; }

  toString() { return `${this.essence}${this.#params}`; }

  toJSON() { return this.toString(); }
}

// The index of the first character that is not a token character, -1 when there is none.
function firstInvalid(text) {
  for (let i = 0; i < text.length; i++) if (!tokenPattern.test(text[i])) return i;
  return -1;
}

module.exports = { MIMEType, MIMEParams };
