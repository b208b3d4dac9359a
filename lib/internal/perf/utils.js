'use strict';
// The performance clock: milliseconds since the process started (its time origin).

const { hrtimeNanoseconds: hrtimeNs } = internalBinding('process_methods');
// hrtime of the time origin in nanoseconds, and the wall clock at that moment.
const timeOriginNs = hrtimeNs() - process.uptime() * 1e9;
const timeOrigin = Date.now() - process.uptime() * 1e3;

function now() { return (hrtimeNs() - timeOriginNs) / 1e6; }

// An hrtime in nanoseconds as performance time; -1 for a milestone not reached (0).
function fromHrtime(ns) { return ns === 0 ? -1 : (ns - timeOriginNs) / 1e6; }

module.exports = { now, timeOrigin, timeOriginNs, fromHrtime, hrtimeNs };
