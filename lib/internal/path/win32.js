'use strict';
// Windows paths: "\" and "/" separate; a root is "\", a drive ("C:" or "C:\"), or a UNC share
// ("\\server\share\"). Every function splits off the root with splitRoot() and works on the rest.

const { validateObject, validateString } = require('internal/validators');

const BACKSLASH = 92;
const SLASH = 47;
const COLON = 58;
const DOT = 46;

const isSep = (code) => code === SLASH || code === BACKSLASH;
const isDriveLetter = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

// { device, rootEnd, absolute }: `device` is "C:" or "\\server\share" (as written), rootEnd the
// index where the path after the root starts, `absolute` whether that root is a full root.
function splitRoot(path) {
  const length = path.length;
  if (length === 0) return { device: '', rootEnd: 0, absolute: false };
  const first = path.charCodeAt(0);
  if (isSep(first)) {
    if (length > 1 && isSep(path.charCodeAt(1))) {
      // \\server\share: both parts must be non-empty, or this is just a root.
      let i = 2;
      while (i < length && !isSep(path.charCodeAt(i))) i++;
      if (i < length && i > 2) {
        const server = path.slice(2, i);
        while (i < length && isSep(path.charCodeAt(i))) i++;
        const shareStart = i;
        while (i < length && !isSep(path.charCodeAt(i))) i++;
        if (i > shareStart) {
          return { device: `\\\\${server}\\${path.slice(shareStart, i)}`, rootEnd: i, absolute: true, unc: true };
        }
        if (shareStart === length) return { device: '', rootEnd: 1, absolute: true };
      }
    }
    return { device: '', rootEnd: 1, absolute: true };
  }
  if (length >= 2 && isDriveLetter(first) && path.charCodeAt(1) === COLON) {
    if (length > 2 && isSep(path.charCodeAt(2))) return { device: path.slice(0, 2), rootEnd: 3, absolute: true };
    return { device: path.slice(0, 2), rootEnd: 2, absolute: false };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

// Resolves "." and ".." in a separator-joined list of segments; `keepAbove` keeps leading ".."
// of relative paths. Returns the segments joined with "\".
function normalizeSegments(text, keepAbove) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSep(text.charCodeAt(i))) continue;
    const segment = text.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (keepAbove) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return out.join('\\');
}

const sameDevice = (a, b) => a.toLowerCase() === b.toLowerCase();

function resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device === '') {
      path = process.cwd();
    } else {
      // A drive-relative path resolves against that drive's own current directory.
      path = process.env[`=${device}`] || process.cwd();
      if (path === undefined || (!sameDevice(path.slice(0, 2), device) && path.charCodeAt(2) === BACKSLASH)) {
        path = `${device}\\`;
      }
    }
    const root = splitRoot(path);
    if (root.device !== '') {
      if (device === '') device = root.device;
      else if (!sameDevice(root.device, device)) continue;
    }
    if (absolute) {
      if (device !== '') break;
      continue;
    }
    tail = `${path.slice(root.rootEnd)}\\${tail}`;
    absolute = root.absolute;
    if (absolute && device !== '') break;
  }
  tail = normalizeSegments(tail, !absolute);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const root = splitRoot(path);
  if (path.length === 1 && root.absolute) return '\\';
  if (root.unc && root.rootEnd === path.length) return `${root.device}\\`;
  const trailingSep = isSep(path.charCodeAt(path.length - 1));
  let tail = root.rootEnd < path.length ? normalizeSegments(path.slice(root.rootEnd), !root.absolute) : '';
  if (tail === '' && !root.absolute) tail = '.';
  if (tail !== '' && trailingSep) tail += '\\';
  if (root.absolute) return `${root.device}\\${tail}`;
  return `${root.device}${tail}`;
}

function isAbsolute(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) return false;
  const code = path.charCodeAt(0);
  return isSep(code) || (length > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isSep(path.charCodeAt(2)));
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let first;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = first = arg;
      else joined += `\\${arg}`;
    }
  }
  if (joined === undefined) return '.';
  // A first part starting with two separators would read as a UNC root only if it is one;
  // otherwise the doubled separators collapse to one.
  let needsReplace = true;
  let slashCount = 0;
  if (isSep(first.charCodeAt(0))) {
    slashCount++;
    const firstLength = first.length;
    if (firstLength > 1 && isSep(first.charCodeAt(1))) {
      slashCount++;
      if (firstLength > 2) {
        if (isSep(first.charCodeAt(2))) slashCount++;
        else needsReplace = false;
      }
    }
  }
  if (needsReplace) {
    while (slashCount < joined.length && isSep(joined.charCodeAt(slashCount))) slashCount++;
    if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
  }
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  from = fromOrig.toLowerCase();
  to = toOrig.toLowerCase();
  if (from === to) return '';
  const trimmed = (p) => {
    let start = 0;
    while (start < p.length && p.charCodeAt(start) === BACKSLASH) start++;
    let end = p.length;
    while (end - 1 > start && p.charCodeAt(end - 1) === BACKSLASH) end--;
    return [start, end];
  };
  const [fromStart, fromEnd] = trimmed(from);
  const [toStart, toEnd] = trimmed(to);
  const fromParts = from.slice(fromStart, fromEnd).split('\\').filter((s) => s !== '');
  const toParts = to.slice(toStart, toEnd).split('\\').filter((s) => s !== '');
  const toPartsOrig = toOrig.slice(toStart, toEnd).split('\\').filter((s) => s !== '');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  if (common === 0) return toOrig;
  const up = new Array(fromParts.length - common).fill('..');
  return [...up, ...toPartsOrig.slice(common)].join('\\');
}

function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolvedPath = resolve(path);
  if (resolvedPath.length <= 2) return path;
  if (resolvedPath.charCodeAt(0) === BACKSLASH) {
    if (resolvedPath.charCodeAt(1) === BACKSLASH) {
      const code = resolvedPath.charCodeAt(2);
      if (code !== 63 && code !== DOT) return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
    }
  } else if (isDriveLetter(resolvedPath.charCodeAt(0)) && resolvedPath.charCodeAt(1) === COLON &&
             resolvedPath.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolvedPath}`;
  }
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) return '.';
  const root = splitRoot(path);
  if (root.unc && root.rootEnd === length) return path;
  let rootEnd = root.rootEnd;
  if (root.unc && rootEnd < length) rootEnd++;
  if (rootEnd === length && (root.absolute || root.device !== '')) return path;
  let end = -1;
  let matchedSlash = true;
  for (let i = length - 1; i >= rootEnd; --i) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) {
    if (rootEnd === 0) return '.';
    end = rootEnd;
  }
  return path.slice(0, end);
}

// The last segment's [start, end) indices, ignoring trailing separators, after the root.
function lastSegment(path) {
  const root = splitRoot(path);
  let start = root.device !== '' && !root.unc ? 2 : 0;
  if (root.unc) start = root.rootEnd;
  let end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > start && !isSep(path.charCodeAt(begin - 1))) begin--;
  return [begin, end];
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'ext');
  validateString(path, 'path');
  if (suffix !== undefined && suffix === path) return '';
  const [start, end] = lastSegment(path);
  const base = path.slice(start, end);
  // The suffix comes off only when something of the name remains.
  if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

// The extension of a final segment: from its last "." unless that dot starts the name or
// the segment is "..".
function extOf(base) {
  if (base === '..') return '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  return base.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  const [start, end] = lastSegment(path);
  return extOf(path.slice(start, end));
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const root = splitRoot(path);
  let rootEnd = root.rootEnd;
  if (root.unc && rootEnd < path.length) rootEnd++;
  ret.root = path.slice(0, rootEnd);
  if (rootEnd === path.length) {
    ret.dir = ret.root;
    return ret;
  }
  let end = path.length;
  while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > rootEnd && !isSep(path.charCodeAt(start - 1))) start--;
  const base = path.slice(start, end);
  ret.base = base;
  ret.ext = extOf(base);
  ret.name = ret.ext ? base.slice(0, base.length - ret.ext.length) : base;
  if (start > rootEnd) ret.dir = path.slice(0, start - 1);
  else ret.dir = ret.root;
  return ret;
}

module.exports = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
module.exports.win32 = module.exports;
