setTimeout(() => {
  process.nextTick(() => {
    console.log('t1');
    process.nextTick(() => console.log('t2'));
    Promise.resolve().then(() => console.log('p1'));
  });
  Promise.resolve().then(() => console.log('p0'));
}, 1);
