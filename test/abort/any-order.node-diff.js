'use strict';
// AbortSignal.any: dependents of dependents follow the original sources, and the 'abort'
// listeners run in the order the signals were made, each dependent aborted after its source.
const controller = new AbortController();
const signals = [controller.signal];
signals.push(AbortSignal.any([controller.signal]));
signals.push(AbortSignal.any([signals[1]]));
signals.push(AbortSignal.any([signals[0], AbortSignal.timeout(100000)]));
let order = '';
signals.forEach((signal, i) => signal.addEventListener('abort', () => {
  order += i;
  console.log(i, signals.map((s) => s.aborted).join(','), signal.reason === controller.signal.reason);
}));
controller.abort(new Error('stop'));
console.log(order);
console.log(AbortSignal.any([AbortSignal.abort('early')]).reason);
try {
  AbortSignal.any([controller.signal, undefined]);
} catch (error) {
  console.log(error.code, error.message);
}
