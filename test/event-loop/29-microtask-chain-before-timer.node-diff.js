setTimeout(() => console.log('timer'), 0);
let p = Promise.resolve();
for (let i = 0; i < 5; i++) p = p.then(() => console.log('then', i));
