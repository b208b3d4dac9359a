let n = 0;
const iv = setInterval(() => {
  console.log('tick', ++n);
  if (n === 3) clearInterval(iv);
}, 2);
