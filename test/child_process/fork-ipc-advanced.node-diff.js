'use strict';
// fork() with serialization: 'advanced': messages cross in the v8 module's format, so typed
// arrays, Buffers, Maps, Sets, BigInts, Dates, cycles and errors arrive as they were sent; a
// serialization other than 'json' or 'advanced' is refused.
const { fork, spawn } = require('child_process');
const util = require('util');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    process.send(message);
    if (message === 'last') process.disconnect();
  });
} else {
  for (const serialization of [null, 42, 'binary']) {
    try {
      spawn(process.execPath, [], { serialization });
    } catch (error) {
      console.log(error.code, error.message);
    }
  }
  const cycle = { name: 'cycle' };
  cycle.self = cycle;
  const error = new RangeError('range');
  delete error.stack;
  const messages = [
    { bytes: new Uint8Array([1, 2, 3]), floats: new Float64Array([Math.PI]), buffer: Buffer.from('Hello!') },
    { map: new Map([[{ a: 1 }, new Set([1n, 2n])]]), date: new Date(0), bigint: 1337n },
    cycle,
    error,
    'x'.repeat(100000),
    'last',
  ];
  const child = fork(__filename, ['child'], { serialization: 'advanced' });
  let index = 0;
  child.on('message', (message) => {
    const sent = messages[index++];
    const same = util.isDeepStrictEqual(message, sent);
    console.log(same, typeof message === 'string' ? message.length : util.inspect(message, { depth: 3, breakLength: 200 }));
  });
  child.on('exit', (code) => console.log('exit', code, index));
  for (const message of messages) child.send(message);
}
