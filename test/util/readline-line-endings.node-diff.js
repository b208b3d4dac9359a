'use strict';
// readline over chunks with every kind of line ending, split at every place: "\n", "\r\n", a
// lone "\r", empty lines, a "\r\n" cut between two chunks, a last line without an ending.
const readline = require('readline');
const { Readable } = require('stream');
const text = 'one\ntwo\r\nthree\rfour\n\nfive\r\n\r\nsix\r\rseven';
(async () => {
  for (let cut = 0; cut <= text.length; cut++) {
    const input = Readable.from([text.slice(0, cut), text.slice(cut)].filter((part) => part !== ''));
    const lines = [];
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) lines.push(line);
    console.log(cut, JSON.stringify(lines));
  }
  const many = Array.from({ length: 2000 }, (_, i) => `line ${i}${i % 3 === 0 ? '\r\n' : '\n'}`).join('');
  const chunks = [];
  for (let i = 0; i < many.length; i += 777) chunks.push(many.slice(i, i + 777));
  let count = 0;
  let last;
  for await (const line of readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) {
    count++;
    last = line;
  }
  console.log(count, last);
})();
