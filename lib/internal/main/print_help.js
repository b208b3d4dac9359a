'use strict';

module.exports = function printHelp() {
  const text = `Usage: apus [options] [ script.js ] [arguments]
       apus [options] -e "script" [arguments]
       apus [options] -p "script" [arguments]
       apus [options] - [arguments]          (script read from stdin)

Options:
  -e, --eval script            evaluate script
  -p, --print script           evaluate script and print the result
  -r, --require module         module to preload (option can be repeated)
  -c, --check                  check the script's syntax without running it
  -v, --version                print the Node.js version Apus implements
  -h, --help                   print this help
  --expose-gc                  expose gc() for tests
  --no-warnings                silence process warnings
  --trace-warnings             show the stack of each warning
  --no-deprecation             silence deprecation warnings
  --throw-deprecation          throw on deprecations
  --pending-deprecation        emit pending deprecation warnings
  --stack-trace-limit=n        frames kept in error stacks (default 10)
  --unhandled-rejections=mode  throw (default), strict, warn, warn-with-error-code, none
  --abort-on-uncaught-exception
                               abort instead of exiting on an uncaught exception
  --build-code-cache file      write the built-in modules' bytecode to file and exit
                               (apus reads <executable>.codecache at start-up)
  --                           end of options; the next argument is the script

Environment:
  NODE_OPTIONS                 options prepended to the command line
  NODE_PATH                    ':'-separated directories searched by require()
`;
  require('internal/console/global').log(text);
};
