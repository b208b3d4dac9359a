process.on('uncaughtException', (err) => console.log('caught', err.message));
setTimeout(() => { throw new Error('boom'); }, 1);
setTimeout(() => console.log('next timer still runs'), 2);
