'use strict';

module.exports = function printVersion() {
  require('internal/console/global').log(process.version);
};
