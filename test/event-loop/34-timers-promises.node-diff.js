const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
(async () => {
  console.log(await sleep(2, 'slept'));
  console.log(await immediate('immediate value'));
  const ac = new AbortController();
  const pending = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  try { await pending; } catch (e) { console.log(e.name, e.code); }
})();
