process.nextTick(() => {
  console.log('a');
  process.nextTick(() => console.log('c'));
});
process.nextTick(() => console.log('b'));
Promise.resolve().then(() => console.log('promise after all ticks'));
