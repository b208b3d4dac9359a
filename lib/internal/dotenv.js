'use strict';
// --env-file: KEY=VALUE lines (an optional `export ` before the key; `#` starts a comment line)
// whose variables are added to process.env without replacing those already set. A value in
// single, double or back quotes runs to the next same quote, across lines if need be, and a
// double-quoted one turns `\n` into a newline; an unquoted value ends at `#`. Keys and unquoted
// values lose the spaces around them (tabs stay, as in Node).

function trimSpaces(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}

function parseDotenv(text) {
  const content = text.replace(/\r\n?/g, '\n');
  const entries = new Map();
  let lineStart = 0;
  while (lineStart < content.length) {
    let lineEnd = content.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = content.length;
    const line = content.slice(lineStart, lineEnd);
    const equals = line.indexOf('=');
    let next = lineEnd + 1;
    if (line[0] !== '#' && equals !== -1) {
      let key = trimSpaces(line.slice(0, equals));
      if (key.startsWith('export ')) key = trimSpaces(key.slice(7));
      let valueStart = lineStart + equals + 1;
      while (content[valueStart] === ' ') valueStart++;
      const quote = content[valueStart];
      let value;
      if (quote === '"' || quote === "'" || quote === '`') {
        const close = content.indexOf(quote, valueStart + 1);
        if (close !== -1) {
          value = content.slice(valueStart + 1, close);
          if (quote === '"') value = value.replaceAll('\\n', '\n');
          const closeLineEnd = content.indexOf('\n', close);
          next = closeLineEnd === -1 ? content.length : closeLineEnd + 1;
        }
      }
      if (value === undefined) {
        value = line.slice(equals + 1);
        const hash = value.indexOf('#');
        if (hash !== -1) value = value.slice(0, hash);
        value = trimSpaces(value);
      }
      if (key !== '') entries.set(key, value);
    }
    lineStart = next;
  }
  return entries;
}

// Reads the --env-file files in order (a later file's value wins) and adds their variables to
// `env`, leaving those the environment already had; the path of a file that cannot be read, or
// undefined.
function loadEnvFiles(paths, env) {
  const { readFileUtf8 } = internalBinding('fs');
  const merged = new Map();
  for (const path of paths) {
    let text;
    try {
      text = readFileUtf8(path);
    } catch {
      return path;
    }
    for (const [key, value] of parseDotenv(text)) merged.set(key, value);
  }
  for (const [key, value] of merged) {
    if (!(key in env)) env[key] = value;
  }
  return undefined;
}

module.exports = { parseDotenv, loadEnvFiles };
