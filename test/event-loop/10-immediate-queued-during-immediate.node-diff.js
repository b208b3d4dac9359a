setImmediate(() => {
  console.log('i1');
  setImmediate(() => console.log('i3 next loop'));
});
setImmediate(() => console.log('i2'));
