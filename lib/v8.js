'use strict';
// Not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('v8', [
  'cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics', 'getHeapSpaceStatistics', 'getHeapCodeStatistics', 'setFlagsFromString', 'serialize', 'deserialize', 'writeHeapSnapshot', 'takeCoverage', 'stopCoverage', 'setHeapSnapshotNearHeapLimit', 'Serializer', 'Deserializer', 'DefaultSerializer', 'DefaultDeserializer',
]);
