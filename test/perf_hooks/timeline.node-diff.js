// performance marks, measures, observers, timerify and histograms (deterministic parts).
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, createHistogram } = require('perf_hooks');
const observed = [];
const observer = new PerformanceObserver((list, self) => {
  for (const entry of list.getEntries()) observed.push(`${entry.entryType}:${entry.name}`);
  console.log('observer batch', list.getEntriesByType('measure').length, self === observer);
  observer.disconnect();
});
observer.observe({ entryTypes: ['mark', 'measure'] });
const a = performance.mark('A', { detail: { step: 1 } });
performance.mark('B', { startTime: a.startTime + 5 });
const m = performance.measure('A to B', 'A', 'B');
console.log(a instanceof PerformanceEntry, a.entryType, a.detail, Math.round(m.duration * 1000) / 1000, m.entryType);
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('A to B').length);
performance.clearMarks('A');
console.log(performance.getEntries().map((e) => e.name));
for (const bad of [() => new PerformanceEntry(), () => performance.measure('x', 'missing'), () => new PerformanceMark()]) {
  try { bad() } catch (e) { console.log(e.name, e.code, e.message) }
}
const h = createHistogram();
console.log(h.min, h.max, h.count, Number.isNaN(h.mean), h.exceeds);
for (const v of [1, 2, 3, 4, 100]) h.record(v);
console.log(h.min, h.max, h.count, h.mean, h.percentile(50), h.percentile(100), h.minBigInt);
try { h.record(0) } catch (e) { console.log(e.code) }
try { h.record('1') } catch (e) { console.log(e.code) }
try { createHistogram({ figures: 6 }) } catch (e) { console.log(e.code) }
const sum = performance.timerify(function sum(a, b) { return a + b; });
console.log(sum.name, sum.length, sum(2, 3));
const { eventLoopUtilization } = performance;
console.log(eventLoopUtilization(), performance.nodeTiming.loopStart, performance.nodeTiming.name);
setTimeout(() => {
  console.log(observed, performance.nodeTiming.loopStart > performance.nodeTiming.bootstrapComplete);
  const elu = eventLoopUtilization();
  console.log(elu.idle >= 0, elu.active > 0, elu.utilization > 0 && elu.utilization <= 1);
}, 20);
