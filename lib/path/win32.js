'use strict';
// Windows paths are not implemented yet: reading path.win32 throws ERR_NOT_IMPLEMENTED.
module.exports = require('path').win32;
