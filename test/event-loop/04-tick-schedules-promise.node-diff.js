process.nextTick(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('p from t1'));
});
process.nextTick(() => console.log('t2'));
