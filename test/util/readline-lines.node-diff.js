// readline over streams: CRLF across chunks, async iteration, promise question, cursor escapes.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
const rl = readline.createInterface({ input: Readable.from(['a\r', '\nb\nc', 'd\r\ne']), crlfDelay: Infinity });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.on('close', async () => {
  console.log('close');
  const rl2 = readline.createInterface({ input: Readable.from(['x\ny\n', 'z']) });
  for await (const line of rl2) console.log('iter', line);
  const input = new PassThrough();
  const out = new PassThrough();
  out.setEncoding('utf8');
  out.on('data', (d) => console.log('out', JSON.stringify(d)));
  const rl3 = require('readline/promises').createInterface({ input, output: out });
  setImmediate(() => input.write('Ada\n'));
  console.log('answer', await rl3.question('name? '));
  rl3.close();
  readline.cursorTo(out, 3, 4); readline.moveCursor(out, -1, 2); readline.clearLine(out, 0);
});
