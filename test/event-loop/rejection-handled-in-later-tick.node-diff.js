'use strict';
// A rejection whose handler comes in a later tick or promise job, before the ticks and promise
// jobs run out, is handled in time: no 'unhandledRejection'. One still unhandled then is
// reported, and a handler after that gives 'rejectionHandled'.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));

const ticksAndJobs = Promise.reject(new Error('ticks and jobs'));
process.nextTick(() => {
  Promise.resolve().then(() => {
    process.nextTick(() => {
      Promise.resolve().then(() => {
        ticksAndJobs.catch(() => console.log('caught after ticks and jobs'));
      });
    });
  });
});

const awaited = Promise.reject(new Error('awaited'));
process.nextTick(async () => {
  try {
    await awaited;
  } catch (error) {
    console.log('await caught', error.message);
  }
});

const late = Promise.reject(new Error('late'));
setImmediate(() => late.catch(() => console.log('caught late')));
