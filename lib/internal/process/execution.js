'use strict';
// Uncaught exceptions: 'uncaughtExceptionMonitor', then 'uncaughtException' listeners or the
// capture callback; with neither, the error is printed as Node prints it and the process exits.

const { setUncaughtExceptionHandler } = internalBinding('errors');
const { readFileUtf8 } = internalBinding('fs');

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  const { codes: { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() { return captureCallback !== null; }

// Where a module's SyntaxError is: the engine puts it in enumerable own properties, which Node
// errors do not have; they move here.
const syntaxErrorLocations = new WeakMap();
// `wrappedSource`: the text a module wrapper enclosed, when it did. The engine then reports a
// source that ends too early at the wrapper's closing `})`, where V8, which reads no wrapper,
// meets the end of the input; a `}` or `)` the source itself ends with stays the culprit.
function recordSyntaxErrorLocation(error, wrappedSource) {
  const { line, sourceURL } = error;
  if (typeof line !== 'number' || typeof sourceURL !== 'string') return;
  delete error.line;
  delete error.column;
  delete error.sourceURL;
  // The engine gives the line of a syntax error but no column; the token its message names
  // ("Unexpected identifier 'bar'") is what Node underlines.
  // The local an ES module's `export default <expression>` becomes is V8's ".default".
  // '__apus_d' must match kDefaultLocal in internal/modules/esm/transform.
  let message = nodeSyntaxMessage(error.message).replace("'__apus_d'", "'.default'");
  const token = message.includes("'.default'") ? 'default' : /'([^']+)'/.exec(error.message)?.[1];
  const closing = /^Unexpected token '([})])'/.exec(message)?.[1];
  if (closing !== undefined && wrappedSource !== undefined && wrappedSource.trimEnd().at(-1) !== closing) {
    message = 'Unexpected end of input';
  }
  if (message !== error.message) {
    Object.defineProperty(error, 'message', { __proto__: null, value: message, writable: true, enumerable: false, configurable: true });
  }
  // An error the wrapper's closing line showed is on the source's last line.
  const lastLine = wrappedSource === undefined ? line : wrappedSource.trimEnd().split('\n').length;
  syntaxErrorLocations.set(error, { file: sourceURL, line: Math.min(line, lastLine), token });
}

// V8's wording for the engine's commonest syntax errors: the first sentence of an "Unexpected
// ..." message (the engine adds what it expected), and V8's own phrases for the rest.
const kSyntaxMessages = [
  [/^.*Expected '\)' to end an argument list\.$/, 'missing ) after argument list'],
  [/^Unexpected end of script$/, 'Unexpected end of input'],
  [/^Return statements are only valid inside functions\.$/, 'Illegal return statement'],
  [/^Cannot declare a (?:let|const|class) variable twice: '(.+)'\.$/, "Identifier '$1' has already been declared"],
  [/^.*const declared variable '.+' must have an initializer\.$/, 'Missing initializer in const declaration'],
  [/^Function statements must have a name\.$/, 'Function statements require a function name'],
  [/^(?:Invalid character: .*|Unexpected EOF|No identifiers allowed directly after numeric literal)$/,
    'Invalid or unexpected token'],
  [/^The postfix-(?:in|de)crement operator requires a reference expression\.$/,
    'Invalid left-hand side expression in postfix operation'],
  [/^Postfix (?:\+\+|--) operator applied to value that is not a reference\.$/,
    'Invalid left-hand side expression in postfix operation'],
  [/^The (?:prefix-)?(?:in|de)crement operator requires a reference expression\.$/,
    'Invalid left-hand side expression in prefix operation'],
  [/^Prefix (?:\+\+|--) operator applied to value that is not a reference\.$/,
    'Invalid left-hand side expression in prefix operation'],
  [/^Left (?:side of assignment is not a reference|hand side of operator '=' must be a reference)\.$/,
    'Invalid left-hand side in assignment'],
  [/^Unexpected number '[^']*'.*$/, 'Unexpected number'],
  [/^Unexpected string literal .*$/, 'Unexpected string'],
  [/^(Unexpected (?:identifier|token|keyword) '[^']*')\. .*$/, '$1'],
];
function nodeSyntaxMessage(message) {
  if (typeof message !== 'string') return message;
  for (const [pattern, replacement] of kSyntaxMessages) {
    if (pattern.test(message)) return message.replace(pattern, replacement);
  }
  return message;
}

// `column` (0-based), when known, places the caret; else the first `token` on the line does. An
// error found when modules are linked (`linking`) is printed as Node prints one: its stack right
// under the caret, with no blank line between.
function recordSyntaxErrorAt(error, file, line, token, column, linking = false) {
  syntaxErrorLocations.set(error, { file, line, token, column, linking });
}

// Code given with -e/-p or on stdin has no file to read back: its text is kept here by name.
const inMemorySources = new Map();
function registerInMemorySource(name, source) { inMemorySources.set(name, source); }

// The source line of the error's first frame in a user file, with a caret under the column.
function sourceContext(error) {
  let file, line, column, token;
  const syntaxLocation = syntaxErrorLocations.get(error);
  if (syntaxLocation !== undefined) {
    ({ file, line, token, column } = syntaxLocation);
  } else {
    let stack;
    try {
      stack = require('internal/error_stack').toV8Stack(error);
    } catch {
      stack = undefined;
    }
    if (typeof stack !== 'string') stack = '';
    const match = /\n {4}at (?:.*? \()?(\/[^():]*|file:\/\/\/[^():]*|\[eval\]|\[stdin\]):(\d+):(\d+)\)?/.exec(stack);
    if (match !== null) { file = match[1]; line = Number(match[2]); column = Number(match[3]); }
  }
  if (!file || file.startsWith('node:') || !(line > 0)) return '';
  let source;
  source = inMemorySources.get(file);
  if (source === undefined) {
    try {
      source = readFileUtf8(file.startsWith('file:') ? require('internal/url').fileURLToPath(file) : file);
    } catch {
      return '';
    }
  }
  const text = source.split(/\r?\n/)[line - 1];
  if (text === undefined) return '';
  let caretColumn = Math.max(0, (column || 1) - 1);
  let width = 1;
  if (syntaxLocation !== undefined) {
    const target = require('internal/process/invalid_target_range').invalidTargetRange(error.message, text);
    const at = token === undefined ? -1 : column ?? text.indexOf(token);
    if (target !== undefined) {
      ({ column: caretColumn, width } = target);
    } else {
      caretColumn = at === -1 ? text.length - text.trimStart().length : at;
      width = at === -1 ? 1 : token.length;
    }
  } else {
    // An error made in a throw statement (`throw new Error(...)`) is reported, as V8 reports it,
    // where the statement throws it: under `throw`.
    const thrown = /\bthrow\s+$/.exec(text.slice(0, caretColumn));
    if (thrown !== null) caretColumn = thrown.index;
  }
  return `${file}:${line}\n${text}\n${' '.repeat(caretColumn)}${'^'.repeat(width)}\n`;
}

function formatFatal(error) {
  const { inspect } = require('internal/util/inspect');
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    return `Uncaught ${inspect(error)}`;
  }
  const context = sourceContext(error);
  let body;
  try {
    body = error instanceof Error || typeof error.stack === 'string' ? inspect(error) : inspect(error);
  } catch {
    body = String(error);
  }
  if (!context) return body;
  return syntaxErrorLocations.get(error)?.linking ? `${context}${body}` : `${context}\n${body}`;
}

function printFatal(error) {
  let text;
  try {
    text = formatFatal(error);
  } catch {
    text = String(error);
  }
  const isPrimitive = error === null || (typeof error !== 'object' && typeof error !== 'function');
  if (isPrimitive) {
    text = `${text.replace(/^Uncaught /, '')}\n(Use \`${process.release.name} --trace-uncaught ...\` to show where ` +
      'the exception was thrown)';
  }
  const extraInfo = !require('internal/options').isOptionOn('--no-extra-info-on-fatal-exception');
  process._rawDebug(extraInfo ? `${text}\n\nNode.js ${process.version}` : text);
}

let inHandler = false;

// The domain module's router: true when an active domain took the exception.
let uncaughtRouter = null;
function setUncaughtExceptionRouter(router) { uncaughtRouter = router; }
// Run once an exception has been handled (async_hooks emits the 'after' hooks it held back).
let afterUncaughtHandled = null;
function setAfterUncaughtHandled(hook) { afterUncaughtHandled = hook; }

function triggerUncaughtException(error, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (inHandler) {
    // An exception thrown by an uncaughtException listener is fatal (exit code 7).
    printFatal(error);
    process.reallyExit(7);
  }
  inHandler = true;
  try {
    process.emit('uncaughtExceptionMonitor', error, type);
    let handled = false;
    if (!fromPromise && uncaughtRouter !== null && uncaughtRouter(error)) {
      handled = true;
    } else if (captureCallback !== null) {
      captureCallback(error);
      handled = true;
    } else if (process.listenerCount('uncaughtException') > 0 && process.emit('uncaughtException', error, type)) {
      handled = true;
    }
    if (handled) {
      afterUncaughtHandled?.();
      return;
    }
  } catch (handlerError) {
    // An exception thrown by an uncaughtException listener is fatal (exit code 7).
    printFatal(handlerError);
    process.reallyExit(7);
  } finally {
    inHandler = false;
  }
  printFatal(error);
  if (require('internal/options').isOptionOn('--abort-on-uncaught-exception')) process.abort();
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch (exitError) {
      printFatal(exitError);
      process.reallyExit(7);
    }
  }
  process.reallyExit(process.exitCode ?? 1);
}

function setupUncaughtExceptionHandling() {
  setUncaughtExceptionHandler((error) => triggerUncaughtException(error, false));
}

module.exports = {
  registerInMemorySource,
  formatFatal,
  hasUncaughtExceptionCaptureCallback,
  recordSyntaxErrorLocation,
  recordSyntaxErrorAt,
  printFatal,
  setUncaughtExceptionRouter,
  setAfterUncaughtHandled,
  setUncaughtExceptionCaptureCallback,
  setupUncaughtExceptionHandling,
  triggerUncaughtException,
};
