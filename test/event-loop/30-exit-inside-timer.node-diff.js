process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { console.log('before exit'); process.exit(5); console.log('never'); }, 1);
setTimeout(() => console.log('never either'), 50);
