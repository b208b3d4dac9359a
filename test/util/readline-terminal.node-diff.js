'use strict';
// readline in terminal mode: keypress decoding, line editing keys, history and completion,
// as the escape sequences written to the output.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.columns = 40;
let written = '';
output.on('data', (chunk) => { written += chunk; });

const keys = [];
input.on('keypress', (s, key) => keys.push(`${key.name}${key.ctrl ? '+ctrl' : ''}${key.meta ? '+meta' : ''}${key.shift ? '+shift' : ''}`));

const rl = readline.createInterface({
  input, output, terminal: true, prompt: '$ ', historySize: 5,
  completer: (line) => [['print', 'printf', 'private'].filter((c) => c.startsWith(line)), line],
});
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('history', (history) => lines.push(`history: ${history.join('|')}`));

rl.prompt();
input.write('hello wrld');
input.write('\x1b[D\x1b[D\x1b[D');      // left x3
input.write('o');
input.write('\x01');                   // ctrl+a
input.write('\x1b[3~');                // delete
input.write('\x05');                   // ctrl+e
input.write('!\r');
input.write('second line\x17\x17');    // ctrl+w twice
input.write('again\r');
input.write('\x1b[A\x1b[A\r');        // up, up, enter
input.write('pri');
input.write('\t');
input.write('\t');
input.write('n');
input.write('\t');
input.write('\x15\x1bOP\x1b[1;5C\x1bb\x1b[Z\r'); // ctrl+u, f1, ctrl+right, meta+b, shift+tab
rl.close();
console.log(JSON.stringify(lines));
console.log(keys.join(' '));
console.log(JSON.stringify(written));
