#!/usr/bin/env bash
# make test: Swift units, the project's JS tests, Node's listed tests; ends with one total line.
set -uo pipefail
cd "$(dirname "$0")/.."
APUS=${1:-.build/release/apus}
log=$(mktemp)
passed=0 failed=0 status=0

swift test -j "${JOBS:-2}" 2>&1 | tee "$log" | grep -E "error:|failed|Executed .* tests" | tail -5
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
swift_line=$(grep -E "Executed [0-9]+ tests, with [0-9]+ failures" "$log" | tail -1)
if [ -n "$swift_line" ]; then
  n=$(echo "$swift_line" | sed -E 's/.*Executed ([0-9]+) tests, with ([0-9]+) failures.*/\1 \2/')
  passed=$((passed + ${n% *} - ${n#* })); failed=$((failed + ${n#* }))
fi

./tools/run-tests.sh "$APUS" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
n=$(grep -E "^js tests: " "$log" | sed -E 's/js tests: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
[ -n "$n" ] && { passed=$((passed + ${n% *})); failed=$((failed + ${n#* })); }

./tools/run-node-compat.sh "$APUS" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
n=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$log" | tail -1 | sed -E 's/([0-9]+) passed, ([0-9]+) failed.*/\1 \2/')
[ -n "$n" ] && { passed=$((passed + ${n% *})); failed=$((failed + ${n#* })); }

rm -f "$log"
[ "$failed" -eq 0 ] || status=1
echo "all: $passed passed, $failed failed"
exit $status
