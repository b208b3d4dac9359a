'use strict';
// The public punycode module, deprecated (DEP0040): the warning comes with --pending-deprecation.
// Apus's own modules use internal/punycode and never warn.

if (require('internal/options').pendingDeprecation()) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

module.exports = require('internal/punycode');
