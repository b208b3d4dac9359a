const t = setTimeout(() => console.log('ran'), 5);
t.unref();
console.log(t.hasRef());
t.ref();
console.log(t.hasRef());
