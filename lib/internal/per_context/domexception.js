'use strict';
// DOMException as the WebIDL standard defines it, with the legacy numeric codes.

const legacyCodes = {
  IndexSizeError: 1, DOMStringSizeError: 2, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoDataAllowedError: 6, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, ValidationError: 16,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

const kInternals = Symbol('kInternals');

class DOMException {
  constructor(message = '', options = 'Error') {
    Error.captureStackTrace(this);
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true });
      }
    }
    this[kInternals] = { message: `${message}`, name: `${name}` };
  }

  get name() {
    if (!this?.[kInternals]) throw new TypeError('Value of "this" must be of type DOMException');
    return this[kInternals].name;
  }

  get message() {
    if (!this?.[kInternals]) throw new TypeError('Value of "this" must be of type DOMException');
    return this[kInternals].message;
  }

  get code() {
    if (!this?.[kInternals]) throw new TypeError('Value of "this" must be of type DOMException');
    return legacyCodes[this[kInternals].name] ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, kInternals, { writable: true, enumerable: false, value: undefined });
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { configurable: true, value: 'DOMException' });

const constantNames = {
  INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
  INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
  NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
  INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
  TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
  QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
};
for (const [name, value] of Object.entries(constantNames)) {
  const desc = { enumerable: true, value };
  Object.defineProperty(DOMException, name, desc);
  Object.defineProperty(DOMException.prototype, name, desc);
}

module.exports = { DOMException };
