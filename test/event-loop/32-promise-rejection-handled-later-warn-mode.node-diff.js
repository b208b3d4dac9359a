process.on('unhandledRejection', (r) => console.log('unhandled', r));
process.on('rejectionHandled', (p) => console.log('handled later', p instanceof Promise));
const p = Promise.reject(7);
setTimeout(() => p.catch(() => console.log('caught')), 5);
