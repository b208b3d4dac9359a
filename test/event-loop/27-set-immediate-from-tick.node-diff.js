process.nextTick(() => setImmediate(() => console.log('immediate from tick')));
setImmediate(() => console.log('immediate'));
