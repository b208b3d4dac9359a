'use strict';
// statSync/lstatSync with throwIfNoEntry: false answer undefined for a missing path, and still
// throw for other errors (ENOTDIR) and when the option is not false.
const fs = require('fs');
const show = (fn) => {
  try {
    const result = fn();
    console.log(result === undefined ? 'undefined' : typeof result.isFile());
  } catch (error) {
    console.log(error.code, error.syscall, error.message);
  }
};
show(() => fs.statSync('/nonexistent/apus-x', { throwIfNoEntry: false }));
show(() => fs.lstatSync('/nonexistent/apus-x', { throwIfNoEntry: false }));
show(() => fs.statSync('/etc/passwd/x', { throwIfNoEntry: false }));
show(() => fs.statSync('/nonexistent/apus-x'));
show(() => fs.statSync('/nonexistent/apus-x', { throwIfNoEntry: true }));
show(() => fs.statSync('/', { throwIfNoEntry: false }));
show(() => fs.statSync('/nonexistent/apus-x', { bigint: true, throwIfNoEntry: false }));
