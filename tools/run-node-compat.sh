#!/usr/bin/env bash
# Runs the Node test-suite files listed in test/node-compat/passing.txt (those that pass under
# apus) through ../shared/node-test/run.sh. Skipped, with a message, where the suite is absent.
set -uo pipefail
cd "$(dirname "$0")/.."
APUS=$(realpath "${1:-.build/release/apus}")
RUNNER=../shared/node-test/run.sh
SUITE=${APUS_NODE_TEST:-$HOME/.cache/apus/node-test}
list=test/node-compat/passing.txt
if [ ! -x "$RUNNER" ] || [ ! -d "$SUITE/test/parallel" ]; then
  echo "node-compat: skipped: the Node test suite is not at $SUITE (see ../shared/README.md)"
  exit 0
fi
if ! grep -q '^test-' "$list"; then
  echo "node-compat: no tests listed"
  exit 0
fi
grep '^test-' "$list" | cut -d' ' -f1 > /tmp/apus-node-compat.$$
"$RUNNER" "$APUS" "@/tmp/apus-node-compat.$$" -j 2 -t 60 -v
status=$?
rm -f /tmp/apus-node-compat.$$
exit $status
