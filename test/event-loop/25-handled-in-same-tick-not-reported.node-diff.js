process.on('unhandledRejection', () => console.log('should not happen'));
const p = Promise.reject(new Error('x'));
Promise.resolve().then(() => p.catch((e) => console.log('handled', e.message)));
