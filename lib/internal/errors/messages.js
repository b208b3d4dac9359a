'use strict';
// The error codes start-up does not use, registered with internal/errors' E() on first use of
// one of them (see loadRest there). Messages are Node's.

module.exports = function defineMessages({ E, lazyInspect, describeType, determineSpecificType, addNumericalSeparator }) {
  E('ERR_UNHANDLED_REJECTION', 'This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). The promise ' +
    'rejected with the reason "%s".', Error);

  E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);

  E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);

  E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);

  E('ERR_INVALID_URI', 'URI malformed', URIError);

  E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);

  E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);

  E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
    this.errno = ret;
    return `The encoded data was not valid for encoding ${encoding}`;
  }, TypeError);

  E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);

  E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);

  E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);

  E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);

  E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);

  E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);

  E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);

  E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${describeType(value)}.`,
  TypeError, RangeError);

  E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);

  E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);

  E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);

  E('ERR_INVALID_URL_SCHEME', (expected) => {
    if (typeof expected === 'string') expected = [expected];
    const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
    return `The URL must be ${res}`;
  }, TypeError);

  E('ERR_INVALID_URL', function(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  }, TypeError);

  E('ERR_FALSY_VALUE_REJECTION', function(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }, Error);

  E('ERR_ASSERTION', '%s', Error);

  E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);

  E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
  E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
  E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
  E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
  E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);

  E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);

  E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);

  E('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`', TypeError);

  E('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList', TypeError);

  E('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
    'Object that needs transfer was found in message but not listed in transferList', TypeError);

  E('ERR_PROTO_ACCESS', 'Accessing Object.prototype.__proto__ has been disallowed with --disable-proto=throw', Error);
  E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);

  E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);

  E('ERR_INTERNAL_ASSERTION', (message) => {
    const suffix = 'This is caused by either a bug in Apus or incorrect usage of Apus internals.\n' +
      'Please open an issue with this stack trace.';
    return message === undefined ? suffix : `${message}\n${suffix}`;
  }, Error);

  E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
    '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);

  E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);

  E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', "'%s' %s", TypeError);

  E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
    `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);

  E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);

  E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
    const relError = typeof target === 'string' && !isImport && target.length && !target.startsWith('./');
    if (key === '.') {
      return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
        `${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relError ? '; targets must start with "./"' : ''}`;
    }
    return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
      `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
      `${relError ? '; targets must start with "./"' : ''}`;
  }, Error);

  E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
    if (subpath === '.') {
      return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
    }
    return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json` +
      `${base ? ` imported from ${base}` : ''}`;
  }, Error);

  E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
    `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''}` +
    ` imported from ${base}`, TypeError);

  E('ERR_MODULE_NOT_FOUND', (path, base, type = 'package') =>
    `Cannot find ${type} '${path}'${base ? ` imported from ${base}` : ''}`, Error);

  E('ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '%s' is not supported resolving ES modules imported from %s", Error);

  E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);

  E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url) => 'Only URLs with a scheme in: file, data, and node are supported by ' +
    `the default ESM loader. Received protocol '${url.protocol}'`, Error);

  E('ERR_IMPORT_ASSERTION_TYPE_MISSING', 'Module "%s" needs an import attribute of type "%s"', TypeError);

  E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);

  E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);

  E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);

  E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);

  E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments",
    TypeError);

  E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
    const suggestDashDash = allowPositionals ? '. To specify a positional argument starting with a \'-\', place it at ' +
      `the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${suggestDashDash}`;
  }, TypeError);

  E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', 'A callback was registered through ' +
    'process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module',
  Error);

  E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);

  E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);

  E('ERR_DLOPEN_DISABLED', 'Cannot load native addon because loading addons is disabled.', Error);
  E('ERR_DLOPEN_FAILED', '%s', Error);

  E('ERR_SYSTEM_ERROR', 'A system error occurred', Error);

  E('ERR_INVALID_CHAR', (name, field = undefined) => {
    let msg = `Invalid character in ${name}`;
    if (field !== undefined) msg += ` ["${field}"]`;
    return msg;
  }, TypeError);

  E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
    if (name) return `"${name}" is outside of buffer bounds`;
    return 'Attempt to access memory outside buffer bounds';
  }, RangeError);

  E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);

  E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x%s characters', Error);

  E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);

  E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
  E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);

  E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);

  E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);

  E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);

  E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);

  E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);

  E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);

  E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);

  E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);

  E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);

  E('ERR_METHOD_NOT_IMPLEMENTED_YET', '%s', Error);

  E('ERR_INVALID_OPT_VALUE', (name, value) => `The value "${String(value)}" is invalid for option "${name}"`, TypeError);

  E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);

  E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);

  E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);

  E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);

  E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
    const suggestDashDash = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${suggestDashDash}`;
  }, TypeError);

  E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);

  E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);

  E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform' +
    ', which is being used to run Node.js', TypeError);

  E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);

  E('ERR_ACCESS_DENIED', 'Access to this API has been restricted', Error);

  E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);

  E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);

  E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);

  E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);

  E('ERR_MISSING_OPTION', '%s is required', TypeError);

  E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
    const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
    return `The MIME syntax for a ${production} in "${str}" is invalid` + msg;
  }, TypeError);

  E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
  E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
  E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
  E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
  E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
  E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
  E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
  E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
  E('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) => `Invalid address family: ${addressType} ${host}:${port}`,
    RangeError);
  E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);

  E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
  E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
  E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
  E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
  E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
  E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);

  E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
    const operator = allowZero ? '>=' : '>';
    return `${name} should be ${operator} 0 and < 65536. ${determineSpecificType(port)}.`;
  }, RangeError);

  E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
  E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
  E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
  E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
  E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
  E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header",
    Error);
  E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
  E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
  E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
  E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
  E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
  E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
  E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
  E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);

  E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
  E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
  E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
  E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
  E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
  E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
  E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
  E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
  E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
  E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
  E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
    (detail) => (detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params'), RangeError);
  E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
  E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
};
