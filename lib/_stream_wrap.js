'use strict';
module.exports = require('internal/not_implemented_module')('_stream_wrap', ['JSStreamSocket']).JSStreamSocket;
