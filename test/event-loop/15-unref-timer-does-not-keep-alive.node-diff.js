setTimeout(() => console.log('never'), 1000).unref();
setTimeout(() => console.log('ref one'), 5);
process.on('exit', () => console.log('exit'));
