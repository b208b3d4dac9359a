Promise.resolve().then(() => setTimeout(() => console.log('timer from microtask'), 1));
setTimeout(() => console.log('timer from main'), 1);
