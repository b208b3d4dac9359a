'use strict';
// performance.eventLoopUtilization(): how much of the loop's running time was not spent idle.

const { nodeTiming } = require('internal/perf/nodetiming');
const { now } = require('internal/perf/utils');

function eventLoopUtilization(util1, util2) {
  const loopStart = nodeTiming.loopStart;
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = nodeTiming.idleTime;
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

module.exports = { eventLoopUtilization };
