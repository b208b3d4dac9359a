const a = setTimeout(() => console.log('never'), 5);
setTimeout(() => console.log('kept'), 5);
clearTimeout(a);
const b = setTimeout(() => console.log('never by id'), 5);
clearTimeout(+b);
