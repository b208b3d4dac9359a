process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('r1'));
Promise.resolve().then(() => console.log('still running'));
