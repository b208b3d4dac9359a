'use strict';
// The WPT streams tests of the Node suite's fixtures: the count of passing subtests may only grow.
require('../../tools/wpt/check').checkSuite('streams', 1031);
