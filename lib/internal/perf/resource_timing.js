'use strict';
// PerformanceResourceTiming: the timing of one fetched resource, from the fetch's timing info.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { PerformanceEntry, kConstruct } = require('internal/perf/performance_entry');
const { enqueue } = require('internal/perf/observe');

const kTimingInfo = Symbol('kTimingInfo');
const kInitiatorType = Symbol('kInitiatorType');
const kCacheMode = Symbol('kCacheMode');

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(token, name, initiatorType, timingInfo, cacheMode) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, name, 'resource', timingInfo.startTime, timingInfo.endTime - timingInfo.startTime);
    this[kTimingInfo] = timingInfo;
    this[kInitiatorType] = initiatorType;
    this[kCacheMode] = cacheMode;
  }

  get initiatorType() { return this[kInitiatorType]; }
  get workerStart() { return this[kTimingInfo].finalServiceWorkerStartTime; }
  get redirectStart() { return this[kTimingInfo].redirectStartTime; }
  get redirectEnd() { return this[kTimingInfo].redirectEndTime; }
  get fetchStart() { return this[kTimingInfo].postRedirectStartTime; }
  get domainLookupStart() { return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupStartTime; }
  get domainLookupEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.domainLookupEndTime; }
  get connectStart() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionStartTime; }
  get connectEnd() { return this[kTimingInfo].finalConnectionTimingInfo?.connectionEndTime; }
  get secureConnectionStart() { return this[kTimingInfo].finalConnectionTimingInfo?.secureConnectionStartTime; }
  get nextHopProtocol() { return this[kTimingInfo].finalConnectionTimingInfo?.ALPNNegotiatedProtocol; }
  get requestStart() { return this[kTimingInfo].finalNetworkRequestStartTime; }
  get responseStart() { return this[kTimingInfo].finalNetworkResponseStartTime; }
  get responseEnd() { return this[kTimingInfo].endTime; }
  get encodedBodySize() { return this[kTimingInfo].encodedBodySize; }
  get decodedBodySize() { return this[kTimingInfo].decodedBodySize; }

  // Per the Resource Timing spec: nothing was transferred for a local cache hit, and a
  // revalidated or fetched resource counts 300 octets of headers.
  get transferSize() {
    if (this[kCacheMode] === 'local') return 0;
    if (this[kCacheMode] === 'validated') return 300;
    return this[kTimingInfo].encodedBodySize + 300;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceResourceTiming', writable: false, enumerable: false, configurable: true,
});

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  const entry = new PerformanceResourceTiming(kConstruct, requestedUrl, initiatorType, timingInfo, cacheMode);
  enqueue(entry);
  return entry;
}

module.exports = { PerformanceResourceTiming, markResourceTiming };
