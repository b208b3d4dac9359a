'use strict';
// Imported bindings are constant: assigning to one throws TypeError "Assignment to constant
// variable." after the right side ran; same-named parameters, locals, class fields and object
// keys are other bindings; a live binding still shows the exporter's updates.
import('./fixtures/constant-imports/main.mjs').catch((error) => console.log('failed', error));
