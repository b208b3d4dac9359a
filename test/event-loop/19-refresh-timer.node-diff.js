const start = Date.now();
let refreshed = false;
const t = setTimeout(() => console.log('fired', refreshed), 20);
setTimeout(() => { refreshed = true; t.refresh(); }, 10);
