'use strict';
// The WPT encoding tests of the Node suite's fixtures (TextEncoder, TextDecoder and their
// streams): the count of passing subtests may only grow.
require('../../tools/wpt/check').checkSuite('encoding', 682);
