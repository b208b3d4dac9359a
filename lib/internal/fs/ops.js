'use strict';
// Drivers for file-system algorithms written once as generators that yield the operations
// they need ({ name, args }): runSync performs each at once, runAsync awaits each. The
// generator sees a failed operation as an exception thrown at its yield.

function op(name, ...args) {
  return { name, args };
}

function runSync(generator, perform) {
  let step = generator.next();
  while (!step.done) {
    let value;
    try {
      value = perform(step.value);
    } catch (err) {
      step = generator.throw(err);
      continue;
    }
    step = generator.next(value);
  }
  return step.value;
}

async function runAsync(generator, perform) {
  let step = generator.next();
  while (!step.done) {
    let value;
    try {
      value = await perform(step.value);
    } catch (err) {
      step = generator.throw(err);
      continue;
    }
    step = generator.next(value);
  }
  return step.value;
}

module.exports = { op, runSync, runAsync };
