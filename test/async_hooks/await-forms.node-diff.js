// Naming async_hooks makes Apus rewrite this file's `await`s to carry the async context; every
// form below must compute exactly what it computes without the rewrite.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const obj = { async m(x) { return x * 2; }, list: [Promise.resolve(5)], get p() { return Promise.resolve('got'); } };
const tag = (strings, ...values) => strings.raw.join('|') + values.join(',');
class Base { async value() { return 'base'; } }
class Derived extends Base { async value() { return `derived+${await super.value()}`; } }
async function forms() {
  const out = [];
  out.push(await 1 + await 2);
  out.push(await obj.m(3));
  out.push(await obj.list[0]);
  out.push(await obj?.m?.(4));
  out.push(await obj.p);
  out.push(await new Promise((r) => setTimeout(r, 1, 'timer')));
  out.push(!await Promise.resolve(false));
  out.push(typeof await 1);
  out.push(await await Promise.resolve(Promise.resolve('nested')));
  out.push(`${await 'in'}-template-${await Promise.resolve('x')}`);
  out.push(await tag`a${1}b`);
  out.push((await Promise.resolve([1, 2, 3])).length);
  out.push(await (async () => 'arrow')());
  out.push(await new Derived().value());
  out.push(await [10, 20][1]);
  out.push(await { a: 1 }.a);
  out.push(-await 3 * 2);
  out.push(await /re/.source);
  const { awaited = await 'default' } = {};
  out.push(awaited);
  for await (const v of [Promise.resolve('for'), 'await']) out.push(v);
  const object = { await: 'key' };
  out.push(object.await);
  try { await Promise.reject(new Error('rejected')); } catch (e) { out.push(e.message); }
  return out;
}
als.run('store', async () => {
  const result = await forms();
  console.log(JSON.stringify(result), als.getStore());
});
