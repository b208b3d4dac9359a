'use strict';
// Whether a program has read or replaced process.stdout / process.stderr. Until it has, the
// global console writes straight to the descriptor: the same synchronous write the stream
// would make, without loading the stream classes into every program that logs.

const touched = { __proto__: null, stdout: false, stderr: false, stdin: false };
const directWriters = [];

function directWriter(fd) {
  const { writeString, guessHandleType } = internalBinding('fs');
  directWriters[fd] ??= {
    isTTY: guessHandleType(fd) === 'TTY',
    write(string) {
      writeString(fd, string);
      return true;
    },
    getColorDepth(env) {
      return require('internal/tty').getColorDepth(env);
    },
  };
  return directWriters[fd];
}

module.exports = { touched, directWriter };
