'use strict';
// Not implemented yet: every export throws ERR_NOT_IMPLEMENTED.
module.exports = require('internal/not_implemented_module')('stream', [
  'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream', 'pipeline', 'finished', 'compose', 'addAbortSignal', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'isErrored', 'isReadable', 'isDisturbed', 'duplexPair',
]);
