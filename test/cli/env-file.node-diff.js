'use strict';
// --env-file adds a dotenv file's variables to process.env: quotes (across lines, `\n` in double
// quotes), comments, `export`, CRLF lines, duplicate keys; several files (a later one wins over
// an earlier one, never over the environment); a missing file stops start-up with status 9.
// (A key that runs over several lines to a later "=" is read differently by Node's parser.)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'env-file-'));
const write = (name, text) => { const file = path.join(dir, name); fs.writeFileSync(file, text); return file; };
const main = write('main.env', [
  'BASIC=basic', '', '# a comment', 'EMPTY=', "SINGLE='  single  '", 'DOUBLE="double"', 'BACK=`back`',
  'INLINE=inline value # comment', 'QUOTED_HASH="a # b" # comment', 'EQUALS=a==b', 'JSON={"a": "b"}',
  '  SPACED_KEY  =  spaced value  ', 'export EXPORTED=yes', 'MULTI="one', 'two"', "MULTI_SINGLE='x", "y'",
  'ESCAPED="a\\nb"', "ESCAPED_SINGLE='a\\nb'", 'DUP=first', 'DUP=second',
  'UNCLOSED="abc', 'SWALLOWED=yes', 'CLOSE=" tail', 'AFTER=after',
].join('\n') + '\r\nCRLF=crlf\r\n');
const first = write('first.env', 'X=1\nKEPT=file\n');
const second = write('second.env', 'X=2\nY=3\n');

const show = `const keys = Object.keys(process.env).filter((k) => !(k in JSON.parse(process.argv[1]))).sort();
console.log(JSON.stringify(Object.fromEntries(keys.map((k) => [k, process.env[k]]))));`;
const run = (args, env = {}) => {
  const base = { ...process.env, ...env };
  const { stdout, stderr, status } = spawnSync(process.execPath, [...args, '-e', show, JSON.stringify(base)],
    { encoding: 'utf8', env: base });
  return `${stdout}status ${status} ${stderr.replace(process.execPath, 'RUNTIME')}`;
};
console.log(run([`--env-file=${main}`]));
console.log(run(['--env-file', first, `--env-file=${second}`]));
console.log(run([`--env-file=${first}`], { KEPT: 'environment' }).replace(/"KEPT":"environment",?/, ''));
const { stderr, status } = spawnSync(process.execPath, [`--env-file=${path.join(dir, 'missing.env')}`, '-e', '0'], { encoding: 'utf8' });
console.log(status, stderr.replace(process.execPath, 'RUNTIME').replace(dir, 'DIR'));
fs.rmSync(dir, { recursive: true });
