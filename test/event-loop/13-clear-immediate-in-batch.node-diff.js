let second;
setImmediate(() => {
  console.log('first');
  clearImmediate(second);
});
second = setImmediate(() => console.log('never'));
setImmediate(() => console.log('third'));
