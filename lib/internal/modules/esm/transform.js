'use strict';
// ES modules as functions. The engine's C API cannot load modules (ARCHITECTURE.md fact 3), so a
// module's source becomes the body of a generator function, with every line and column kept:
//
//   (function* __apusESModule(__apus_m, __apus_dynamicImport, __apus_meta) {"use strict";
//     __apus_m.x({ name: () => local, ... });   the exports, as getters over the module's bindings
//     let a, b; __apus_m.u((v) => { a = v[0]; b = v[1]; });   the imported bindings
//     yield; <the module's own code, import/export keywords blanked out> })
//
// The loader runs the generator to its first `yield` when it links the module: function
// declarations are then initialized and every export can be read, as the standard requires for
// cycles. The second step runs the module's code. A module with top-level `await` is an async
// generator. Imported bindings are locals the loader assigns (through the `u` callback) before
// the module runs and again whenever a module they come from finishes evaluating, which keeps
// cycles working; a binding an exporting module reassigns after it has run is not seen again.
//
// Only what is blanked or replaced changes: `import.meta` becomes `__apus_meta` (same length),
// `export default <expression>` becomes `let __apus_d = <expression>` (same length), and
// `import(` becomes `__apus_dynamicImport(`.

const { NAME, PUNCT, LITERAL, TEMPLATE, tokenize, skipGroup, skipTemplate } = require('internal/modules/tokenizer');

const kWrapperName = '__apusESModule';
const kDefaultLocal = '__apus_d';  // 'export default' and 'let __apus_d =' have the same length
const kDynamicImport = '__apus_dynamicImport';

function isPunct(token, text) { return token !== undefined && token.kind === PUNCT && token.text === text; }
function isName(token, text) { return token !== undefined && token.kind === NAME && token.text === text; }

// Reserved words of module code, which V8 reports as tokens rather than identifiers.
const kReservedWords = new Set(('await break case catch class const continue debugger default delete do else enum ' +
  'export extends false finally for function if import in instanceof new null return super switch this throw ' +
  'true try typeof var void while with').split(' '));

// Where a SyntaxError of the import/export syntax is: [offset, length] in the source.
const kSyntaxErrorAt = Symbol('kSyntaxErrorAt');

// The SyntaxError for `token` (undefined: the end of the input), worded as V8 words it.
function unexpected(source, token) {
  let message;
  if (token === undefined) {
    message = 'Unexpected end of input';
  } else {
    const text = source.slice(token.start, token.end);
    if (token.kind === NAME) message = kReservedWords.has(text) ? `Unexpected token '${text}'` : `Unexpected identifier '${text}'`;
    else if (token.kind === TEMPLATE) message = 'Unexpected template string';
    else if (token.kind === LITERAL) message = isStringToken(source, token) ? 'Unexpected string' : 'Unexpected number';
    else message = `Unexpected token '${text}'`;
  }
  return moduleSyntaxError(message, source, token);
}

function moduleSyntaxError(message, source, token) {
  const error = new SyntaxError(message);
  const at = token === undefined ? [source.length, 0] : [token.start, token.end - token.start];
  Object.defineProperty(error, kSyntaxErrorAt, { __proto__: null, value: at });
  return error;
}

function stringValue(source, token) {
  // Module specifiers and string export names: quotes removed, simple escapes resolved.
  const raw = source.slice(token.start + 1, token.end - 1);
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/gs, (match, escape) => {
    if (escape[0] === 'u') return String.fromCodePoint(parseInt(escape[1] === '{' ? escape.slice(2, -1) : escape.slice(1), 16));
    if (escape[0] === 'x') return String.fromCharCode(parseInt(escape.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' }[escape] ?? escape;
  });
}

function isStringToken(source, token) {
  if (token === undefined || token.kind !== LITERAL) return false;
  const quote = source.charCodeAt(token.start);
  return quote === 34 || quote === 39;
}

// Whether a line break separates two tokens.
function lineBreakBetween(source, before, after) {
  for (let i = before.end; i < after.start; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

const kExpressionEnders = new Set([')', ']', '}', '++', '--']);
const kStatementKeywords = new Set([
  'var', 'let', 'const', 'function', 'class', 'if', 'for', 'while', 'do', 'return', 'throw', 'try',
  'switch', 'import', 'export', 'break', 'continue', 'async',
]);

// Index of the token that ends an initializer starting at `index`: a "," or ";" or closing
// bracket at its own depth, or a line break where a new statement begins.
function skipExpression(source, tokens, index) {
  let i = index;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind === PUNCT) {
      if (token.text === '(' || token.text === '[' || token.text === '{') {
        i = skipGroup(tokens, i);
        if (i === -1) return tokens.length;
        continue;
      }
      if (token.text === ',' || token.text === ';' || token.text === ')' || token.text === ']' || token.text === '}') {
        return i;
      }
    } else if (token.kind === TEMPLATE) {
      i = skipTemplate(tokens, i);
      if (i === -1) return tokens.length;
      continue;
    }
    const previous = tokens[i - 1];
    if (i > index && lineBreakBetween(source, previous, token)) {
      const previousEnds = previous.kind !== PUNCT || kExpressionEnders.has(previous.text);
      const startsStatement = (token.kind === NAME && (kStatementKeywords.has(token.text) ||
        !['in', 'instanceof', 'of'].includes(token.text))) || token.kind === LITERAL;
      if (previousEnds && startsStatement) return i;
    }
    i++;
  }
  return i;
}

// The names a binding pattern declares; returns the index after the pattern.
function collectBindingNames(source, tokens, index, names) {
  const token = tokens[index];
  if (token === undefined) throw unexpected(source, undefined);
  if (token.kind === NAME) {
    names.push(token.text);
    return index + 1;
  }
  if (isPunct(token, '{')) {
    let i = index + 1;
    while (!isPunct(tokens[i], '}')) {
      if (tokens[i] === undefined) throw unexpected(source, undefined);
      if (isPunct(tokens[i], ',')) { i++; continue; }
      if (isPunct(tokens[i], '...')) {
        i = collectBindingNames(source, tokens, i + 1, names);
        continue;
      }
      const key = tokens[i];
      if (isPunct(key, '[')) i = skipGroup(tokens, i);
      else i++;
      if (isPunct(tokens[i], ':')) {
        i = collectBindingNames(source, tokens, i + 1, names);
      } else if (key.kind === NAME) {
        names.push(key.text);
      }
      if (isPunct(tokens[i], '=')) i = skipExpression(source, tokens, i + 1);
    }
    return i + 1;
  }
  if (isPunct(token, '[')) {
    let i = index + 1;
    while (!isPunct(tokens[i], ']')) {
      if (tokens[i] === undefined) throw unexpected(source, undefined);
      if (isPunct(tokens[i], ',')) { i++; continue; }
      if (isPunct(tokens[i], '...')) {
        i = collectBindingNames(source, tokens, i + 1, names);
        continue;
      }
      i = collectBindingNames(source, tokens, i, names);
      if (isPunct(tokens[i], '=')) i = skipExpression(source, tokens, i + 1);
    }
    return i + 1;
  }
  throw unexpected(source, token);
}

// `var|let|const` declarators from `index` (the keyword): their names, and the index after them.
function collectDeclaredNames(source, tokens, index, names) {
  let i = index + 1;
  for (;;) {
    i = collectBindingNames(source, tokens, i, names);
    if (isPunct(tokens[i], '=')) i = skipExpression(source, tokens, i + 1);
    if (!isPunct(tokens[i], ',')) return i;
    i++;
  }
}

// `{ a, b as c, "d" as e }` from `index` (the "{"): [[name, alias]], and the index after it. In
// an import the aliases are bindings: names that are not reserved words.
function readNamedList(source, tokens, index, isImport = false) {
  const entries = [];
  let i = index + 1;
  const nameOf = (token) => {
    if (token?.kind === NAME) return token.text;
    if (isStringToken(source, token)) return stringValue(source, token);
    throw unexpected(source, token);
  };
  while (!isPunct(tokens[i], '}')) {
    if (isPunct(tokens[i], ',')) { i++; continue; }
    const nameToken = tokens[i];
    const name = nameOf(nameToken);
    i++;
    let alias = name;
    if (isName(tokens[i], 'as')) {
      if (isImport) checkBindingName(source, tokens[i + 1]);
      alias = nameOf(tokens[i + 1]);
      i += 2;
    } else if (isImport) {
      if (nameToken.kind !== NAME) throw unexpected(source, nameToken);
      if (kReservedWords.has(name)) throw moduleSyntaxError('Unexpected reserved word', source, nameToken);
    }
    entries.push([name, alias, nameToken.start]);
    if (!isPunct(tokens[i], ',') && !isPunct(tokens[i], '}')) throw unexpected(source, tokens[i]);
  }
  return { entries, next: i + 1 };
}

// `from "x" [with|assert { type: "json" }] [;]` at `index`: the request and the index after it.
function readFromClause(source, tokens, index) {
  if (!isName(tokens[index], 'from')) throw unexpected(source, tokens[index]);
  if (!isStringToken(source, tokens[index + 1])) throw unexpected(source, tokens[index + 1]);
  const specifier = stringValue(source, tokens[index + 1]);
  return readAttributes(source, tokens, index + 2, specifier);
}

function readAttributes(source, tokens, index, specifier) {
  let i = index;
  const attributes = { __proto__: null };
  if ((isName(tokens[i], 'with') || isName(tokens[i], 'assert')) && isPunct(tokens[i + 1], '{') &&
      !lineBreakBetween(source, tokens[i - 1], tokens[i])) {
    const end = skipGroup(tokens, i + 1);
    for (let j = i + 2; j < end - 1; j++) {
      const key = tokens[j];
      if ((key.kind === NAME || isStringToken(source, key)) && isPunct(tokens[j + 1], ':') &&
          isStringToken(source, tokens[j + 2])) {
        attributes[key.kind === NAME ? key.text : stringValue(source, key)] = stringValue(source, tokens[j + 2]);
        j += 2;
      }
    }
    i = end;
  }
  if (isPunct(tokens[i], ';')) i++;
  return { request: { specifier, attributes }, next: i };
}

// Rewrites an ES module. Returns { prefix, body, requests, imports, localExports, indirectExports,
// starExports, usesMeta } (see the loader), or throws a SyntaxError for a malformed import/export.
function transformModule(source) {
  if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) source = `//${source.slice(2)}`;
  const tokens = tokenize(source);
  if (tokens === null) return null;   // the engine reports the error when the source is compiled
  const edits = [];                    // [start, end, replacement]
  const blank = (start, end) => edits.push([start, end, source.slice(start, end).replace(/[^\n\r\u2028\u2029]/g, ' ')]);
  const requests = [];
  const requestIndex = new Map();
  const addRequest = (request) => {
    const key = `${request.specifier}\0${request.attributes.type ?? ''}`;
    let index = requestIndex.get(key);
    if (index === undefined) {
      index = requests.push(request) - 1;
      requestIndex.set(key, index);
    }
    return index;
  };
  const imports = [];          // { local, request, name, position } ; name '*' is the namespace
  const localExports = [];     // [exported, local]
  const indirectExports = [];  // { exported, request, name } ; name '*' is `export * as x`
  const starExports = [];      // request indexes
  let usesMeta = false;
  let depth = 0;
  const mutableNames = [];     // top-level let and var bindings

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === PUNCT) {
      if (token.text === '{' || token.text === '(' || token.text === '[') depth++;
      else if (token.text === '}' || token.text === ')' || token.text === ']') depth--;
      continue;
    }
    if (token.kind === TEMPLATE) {
      if (token.text === '`' && token.opens) depth++;
      else if (token.text === '}`' && !token.opens) depth--;
      continue;
    }
    if (token.kind !== NAME) continue;
    const previous = tokens[i - 1];
    if (isPunct(previous, '.') || isPunct(previous, '?.')) continue;

    if (token.text === 'import') {
      const next = tokens[i + 1];
      if (isPunct(next, '.') && isName(tokens[i + 2], 'meta')) {
        edits.push([token.start, tokens[i + 2].end, '__apus_meta'.padEnd(tokens[i + 2].end - token.start)]);
        usesMeta = true;
        i += 2;
        continue;
      }
      if (isPunct(next, '(')) {
        // A method named `import` is followed by its body.
        const after = skipGroup(tokens, i + 1);
        if (after !== -1 && isPunct(tokens[after], '{') && depth > 0) continue;
        edits.push([token.start, token.end, kDynamicImport]);
        continue;
      }
      if (depth !== 0 || isPunct(next, ':')) continue;
      i = transformImport(source, tokens, i, { addRequest, imports, blank });
      i--;
      continue;
    }
    if ((token.text === 'let' || token.text === 'var') && depth === 0) {
      try {
        collectDeclaredNames(source, tokens, i, mutableNames);
      } catch {
        // `let` as a name, or a declaration the engine will reject
      }
      continue;
    }
    if (token.text === 'export' && depth === 0 && !isPunct(tokens[i + 1], ':')) {
      i = transformExport(source, tokens, i, { addRequest, localExports, indirectExports, starExports, edits, blank });
      i--;
    }
  }

  const exportedLocals = new Set(localExports.map(([, local]) => local));
  const liveNames = new Set(mutableNames.filter((name) => exportedLocals.has(name)));
  if (liveNames.size > 0) markAssignments(source, tokens, liveNames, edits);
  const constantImports = imports.length > 0 ? markImportAssignments(source, tokens, imports, edits) : [];

  let body = '';
  let last = 0;
  edits.sort((a, b) => a[0] - b[0]);
  for (const [start, end, replacement] of edits) {
    body += source.slice(last, start) + replacement;
    last = end;
  }
  body += source.slice(last);
  return { body, requests, imports, localExports, indirectExports, starExports, usesMeta, constantImports };
}

// From `import` at `index`; returns the index after the declaration.
// A name an import declares: an identifier, not a reserved word.
function checkBindingName(source, token) {
  if (token?.kind !== NAME || kReservedWords.has(token.text)) throw unexpected(source, token);
}

function transformImport(source, tokens, index, { addRequest, imports, blank }) {
  const start = tokens[index].start;
  let i = index + 1;
  if (isStringToken(source, tokens[i])) {
    const { request, next } = readAttributes(source, tokens, i + 1, stringValue(source, tokens[i]));
    addRequest(request);
    blank(start, tokens[next - 1].end);
    return next;
  }
  const bindings = [];
  if (tokens[i]?.kind === NAME && !isName(tokens[i], 'from')) {
    checkBindingName(source, tokens[i]);
    bindings.push({ local: tokens[i].text, name: 'default', position: tokens[i].start });
    i++;
    if (isPunct(tokens[i], ',')) i++;
  } else if (isName(tokens[i], 'from') && isName(tokens[i + 1], 'from')) {
    bindings.push({ local: 'from', name: 'default' });   // import from from 'x'
    i++;
  }
  if (isPunct(tokens[i], '*')) {
    if (!isName(tokens[i + 1], 'as')) throw unexpected(source, tokens[i + 1]);
    checkBindingName(source, tokens[i + 2]);
    bindings.push({ local: tokens[i + 2].text, name: '*' });
    i += 3;
  } else if (isPunct(tokens[i], '{')) {
    const { entries, next } = readNamedList(source, tokens, i, true);
    const listText = source.slice(tokens[i].start, tokens[next - 1].end);
    for (const [name, local, position] of entries) bindings.push({ local, name, position, listText });
    i = next;
  }
  const { request, next } = readFromClause(source, tokens, i);
  const requestIndex = addRequest(request);
  for (const binding of bindings) imports.push({ ...binding, request: requestIndex });
  blank(start, tokens[next - 1].end);
  return next;
}

// From `export` at `index`; returns the index after the part that was rewritten.
function transformExport(source, tokens, index, { addRequest, localExports, indirectExports, starExports, edits, blank }) {
  const exportToken = tokens[index];
  let i = index + 1;
  const token = tokens[i];
  if (isPunct(token, '*')) {
    let exported;
    i++;
    if (isName(tokens[i], 'as')) {
      const nameToken = tokens[i + 1];
      exported = nameToken.kind === NAME ? nameToken.text : stringValue(source, nameToken);
      i += 2;
    }
    const { request, next } = readFromClause(source, tokens, i);
    const requestIndex = addRequest(request);
    if (exported === undefined) starExports.push(requestIndex);
    else indirectExports.push({ exported, request: requestIndex, name: '*' });
    blank(exportToken.start, tokens[next - 1].end);
    return next;
  }
  if (isPunct(token, '{')) {
    const { entries, next } = readNamedList(source, tokens, i);
    i = next;
    if (isName(tokens[i], 'from')) {
      const result = readFromClause(source, tokens, i);
      const requestIndex = addRequest(result.request);
      for (const [name, exported, position] of entries) {
        indirectExports.push({ exported, request: requestIndex, name, position });
      }
      i = result.next;
    } else {
      for (const [local, exported] of entries) localExports.push([exported, local]);
      if (isPunct(tokens[i], ';')) i++;
    }
    blank(exportToken.start, tokens[i - 1].end);
    return i;
  }
  if (isName(token, 'default')) {
    let j = i + 1;
    if (isName(tokens[j], 'async') && isName(tokens[j + 1], 'function') &&
        !lineBreakBetween(source, tokens[j], tokens[j + 1])) j++;
    const isDeclaration = isName(tokens[j], 'function') || isName(tokens[j], 'class');
    if (isDeclaration) {
      let nameIndex = j + 1;
      if (isPunct(tokens[nameIndex], '*')) nameIndex++;
      const nameToken = tokens[nameIndex];
      if (nameToken?.kind === NAME && nameToken.text !== 'extends') {
        blank(exportToken.start, token.end);
        localExports.push(['default', nameToken.text]);
        return i + 1;
      }
    }
    const span = token.end - exportToken.start;
    edits.push([exportToken.start, token.end, `let ${kDefaultLocal} =`.padEnd(span)]);
    localExports.push(['default', kDefaultLocal]);
    return i + 1;
  }
  if (token?.kind === NAME) {
    let j = i;
    if (token.text === 'async' && isName(tokens[j + 1], 'function')) j++;
    const keyword = tokens[j].text;
    if (keyword === 'function' || keyword === 'class') {
      let nameIndex = j + 1;
      if (isPunct(tokens[nameIndex], '*')) nameIndex++;
      const nameToken = tokens[nameIndex];
      if (nameToken?.kind !== NAME) {
        if (keyword === 'function' && isPunct(nameToken, '(')) {
          throw moduleSyntaxError('Function statements require a function name', source, tokens[j]);
        }
        throw unexpected(source, nameToken);
      }
      localExports.push([nameToken.text, nameToken.text]);
      blank(exportToken.start, exportToken.end);
      return i;
    }
    if (keyword === 'var' || keyword === 'let' || keyword === 'const') {
      const names = [];
      collectDeclaredNames(source, tokens, j, names);
      for (const name of names) localExports.push([name, name]);
      blank(exportToken.start, exportToken.end);
      return i;
    }
  }
  throw unexpected(source, token);
}

const kAssignmentOperators = new Set([
  '=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=',
]);
// Tokens after which an assignment starts a statement (or the right side of another assignment).
const kBeforeStatement = new Set([';', '}', ')', '=', '=>', '{']);
const kBeforeStatementKeywords = new Set(['else', 'do', 'return']);
// Tokens after which "{" opens an object literal rather than a block.
const kBeforeObjectLiteral = new Set([
  '=', '(', ',', ':', '[', '?', '||', '&&', '??', '...', '+', '-', '!', '==', '===', '!=', '!==', '<', '>',
  '+=', '-=', '||=', '&&=', '??=',
]);
const kBeforeObjectLiteralKeywords = new Set(['return', 'typeof', 'in', 'of', 'yield', 'await', 'case', 'void']);

// A module that reassigns one of its exported let/var bindings tells the loader, so importers see
// the new value: `x = v` becomes `__apus_m.p(x = v)` and `x++` becomes `__apus_m.p(x++)`. Only
// assignments in statement position are marked (never in class bodies, object literals,
// parameters or patterns, where the wrapper would not parse); marking a same-named local of an
// inner function is harmless, as p() only makes importers read the exports again.
function markAssignments(source, tokens, names, edits) {
  const wrap = (start, end) => edits.push([start, start, '__apus_m.p('], [end, end, ')']);
  forEachNameInContext(tokens, (i, context) => {
    const token = tokens[i];
    if (!names.has(token.text)) return;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (isPunct(next, '++') || isPunct(next, '--')) {
      if (previous?.kind === NAME && (previous.text === 'let' || previous.text === 'var' || previous.text === 'const')) return;
      wrap(token.start, next.end);
      return;
    }
    if (isPunct(previous, '++') || isPunct(previous, '--')) {
      wrap(previous.start, token.end);
      return;
    }
    if (next?.kind !== PUNCT || !kAssignmentOperators.has(next.text)) return;
    if (context !== undefined && context !== 'block') return;
    const statementStart = previous === undefined ||
      (previous.kind === PUNCT && kBeforeStatement.has(previous.text)) ||
      (previous.kind === NAME && kBeforeStatementKeywords.has(previous.text));
    if (!statementStart) return;
    const end = skipExpression(source, tokens, i + 2);
    if (end <= i + 2) return;
    wrap(token.start, tokens[end - 1].end);
  });
}

// Calls visit(index, context) for each name token not read as a property (after "." or "?."),
// except `class` itself, with the innermost construct enclosing it: 'block', 'object' (an object
// literal), 'class' (a class body), '(' or '[' (templates' substitutions count as '('), or
// undefined at the top level.
function forEachNameInContext(tokens, visit) {
  const stack = [];
  let classDepth = -1;         // depth at which a class heading waits for its body
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (token.kind === PUNCT) {
      if (token.text === '{') {
        let kind = 'block';
        if (classDepth === stack.length) {
          kind = 'class';
          classDepth = -1;
        } else if (previous !== undefined && ((previous.kind === PUNCT && kBeforeObjectLiteral.has(previous.text)) ||
                   (previous.kind === NAME && kBeforeObjectLiteralKeywords.has(previous.text)))) {
          kind = 'object';
        }
        stack.push(kind);
      } else if (token.text === '(' || token.text === '[') {
        stack.push(token.text);
      } else if (token.text === '}' || token.text === ')' || token.text === ']') {
        stack.pop();
      }
      continue;
    }
    if (token.kind === TEMPLATE) {
      if (token.text === '`' && token.opens) stack.push('(');
      else if (token.text === '}`' && !token.opens) stack.pop();
      continue;
    }
    if (token.kind !== NAME) continue;
    if (isPunct(previous, '.') || isPunct(previous, '?.')) continue;
    if (token.text === 'class') {
      classDepth = stack.length;
      continue;
    }
    visit(i, stack[stack.length - 1]);
  }
}

// Imported bindings are constant: an assignment to one (`a = v`, `a += v`, `a++`, `--a`) throws
// "Assignment to constant variable." once its right side is evaluated, as in V8. The imports are
// locals of the module function the loader assigns, so such an assignment is rewritten to one
// to a loader accessor, `__apus_m.c<n>`, which reads the import and throws when written. Only
// imports no declaration in the module may shadow are rewritten (no let/const/var, function,
// class, parameter or catch binding of that name anywhere), and only outside object literals
// and class bodies: a name the scan cannot place is left alone, and an assignment to an import
// some inner scope also declares goes through unnoticed.
function markImportAssignments(source, tokens, imports, edits) {
  const locals = new Map();   // import local name -> index of its binding
  imports.forEach((binding, index) => { if (!locals.has(binding.local)) locals.set(binding.local, index); });
  const shadowed = new Set();
  // A "(" group is a parameter list (or a catch binding) when "=>" or "{" follows its ")".
  const closers = new Map();  // index of a "(" -> index of its ")"
  const opened = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isPunct(tokens[i], '(')) opened.push(i);
    else if (isPunct(tokens[i], ')') && opened.length > 0) closers.set(opened.pop(), i);
  }
  const groups = [];          // for each open "(": whether it is a parameter list
  let parameterDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (isPunct(token, '(')) {
      const close = closers.get(i);
      const parameters = close !== undefined && (isPunct(tokens[close + 1], '=>') || isPunct(tokens[close + 1], '{'));
      groups.push(parameters);
      if (parameters) parameterDepth++;
      continue;
    }
    if (isPunct(token, ')')) {
      if (groups.pop()) parameterDepth--;
      continue;
    }
    if (token.kind !== NAME || !locals.has(token.text)) continue;
    const previous = tokens[i - 1];
    if (isPunct(previous, '.') || isPunct(previous, '?.')) continue;
    const declaring = previous?.kind === NAME && kDeclaringKeywords.has(previous.text);
    if (declaring || parameterDepth > 0 || isPunct(tokens[i + 1], '=>') || isPunct(previous, '*')) shadowed.add(token.text);
  }
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    if (tokens[i].kind !== NAME || (text !== 'let' && text !== 'const' && text !== 'var')) continue;
    const names = [];
    try {
      collectDeclaredNames(source, tokens, i, names);
    } catch {
      // a declaration the engine will report
    }
    for (const name of names) shadowed.add(name);
  }
  const constants = [];
  const accessor = (name) => {
    const bindingIndex = locals.get(name);
    let slot = constants.indexOf(bindingIndex);
    if (slot === -1) slot = constants.push(bindingIndex) - 1;
    return `__apus_m.c${slot}`;
  };
  forEachNameInContext(tokens, (i, context) => {
    const token = tokens[i];
    if (!locals.has(token.text) || shadowed.has(token.text)) return;
    if (context === 'object' || context === 'class') return;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const updated = isPunct(next, '++') || isPunct(next, '--') || isPunct(previous, '++') || isPunct(previous, '--');
    const assigned = next?.kind === PUNCT && kAssignmentOperators.has(next.text);
    if (updated || assigned) edits.push([token.start, token.end, accessor(token.text)]);
  });
  return constants;
}
const kDeclaringKeywords = new Set(['let', 'const', 'var', 'function', 'class']);

// The generator's source: the prologue (all on the first line) and the rewritten body.
function moduleFunctionSource(transformed, isAsync) {
  const getters = transformed.localExports.map(([exported, local]) => `${JSON.stringify(exported)}:()=>${local}`);
  let prologue = `(${isAsync ? 'async ' : ''}function* ${kWrapperName}(__apus_m, ${kDynamicImport}, __apus_meta) {` +
    `"use strict";__apus_m.x({${getters.join(',')}});`;
  const locals = [...new Set(transformed.imports.map((binding) => binding.local))];
  if (locals.length > 0) {
    const assignments = transformed.imports.map((binding, index) => `${binding.local}=v[${index}];`);
    prologue += `let ${locals.join(',')};__apus_m.u((v)=>{${assignments.join('')}});`;
  }
  prologue += 'yield;';
  return { prologue, source: `${prologue}${transformed.body}\n})` };
}

// CommonJS code may call `import()`: the calls go to a function the loader passes in.
const kMayImport = /\bimport\s*\(/;
function rewriteDynamicImport(source) {
  if (!kMayImport.test(source)) return source;
  const tokens = tokenize(source);
  if (tokens === null) return source;
  let result = '';
  let last = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!isName(token, 'import') || !isPunct(tokens[i + 1], '(')) continue;
    const previous = tokens[i - 1];
    if (isPunct(previous, '.') || isPunct(previous, '?.')) continue;
    const after = skipGroup(tokens, i + 1);
    if (after !== -1 && isPunct(tokens[after], '{')) continue;   // a method named import
    result += source.slice(last, token.start) + kDynamicImport;
    last = token.end;
  }
  return last === 0 ? source : result + source.slice(last);
}

module.exports = { transformModule, moduleFunctionSource, rewriteDynamicImport, kWrapperName, kDynamicImport, kSyntaxErrorAt };
