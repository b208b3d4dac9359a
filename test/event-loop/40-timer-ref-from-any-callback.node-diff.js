'use strict';
// The loop stays alive exactly while ref'd timers exist, whatever callback created, cleared,
// ref'd or unref'd them: an fs callback, a promise job, an immediate, another timer.
const fs = require('fs');
const log = (m) => console.log(m);

const idle = setTimeout(() => log('unref timer never runs'), 200);
idle.unref();

fs.stat(__filename, () => {
  log('stat callback');
  setTimeout(() => {
    log('timer made in an fs callback');
    const later = setTimeout(() => log('re-ref timer'), 30);
    later.unref();
    later.ref();
    Promise.resolve().then(() => {
      const cleared = setTimeout(() => log('cleared timer never runs'), 1);
      clearTimeout(cleared);
      setImmediate(() => {
        const t = setTimeout(() => log('timer made in an immediate'), 1);
        const u = setInterval(() => log('unref interval never runs'), 1000);
        u.unref();
        t.hasRef() && log('has ref');
      });
    });
  }, 1);
});
process.on('exit', () => log('exit'));
