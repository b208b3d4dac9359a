#!/usr/bin/env bash
# Runs every test/**/*.js with the given binary, one process each, two at a time.
# A test passes when it exits 0. A test with a sibling NAME.expected must also print exactly
# that; a test named *.node-diff.js must print exactly what node prints for it.
set -uo pipefail
cd "$(dirname "$0")/.."
APUS=$(realpath "${1:-.build/release/apus}")
JOBS=${JOBS:-2}
results=$(mktemp -d)
export APUS results
run_one() {
  local test=$1 name out expected status
  name=${test#test/}
  out=$(mktemp)
  (cd "$(dirname "$test")" && timeout 60 "$APUS" "$(basename "$test")" >"$out" 2>&1)
  status=$?
  if [ $status -eq 0 ] && [ -f "${test%.js}.expected" ]; then
    cmp -s "$out" "${test%.js}.expected" || status=100
  fi
  if [[ $test == *.node-diff.js ]]; then
    # Same output and same exit status as node.
    expected=$(mktemp)
    (cd "$(dirname "$test")" && timeout 60 node "$(basename "$test")" >"$expected" 2>&1)
    local node_status=$?
    if [ $status -eq $node_status ] && cmp -s "$out" "$expected"; then status=0
    else status=101; diff "$expected" "$out" | head -20 >>"$out"; fi
    rm -f "$expected"
  fi
  if [ $status -eq 0 ]; then
    touch "$results/pass.$(echo "$name" | tr / _)"
  else
    echo "FAIL $name (status $status)"; sed 's/^/    /' "$out" | tail -25
    touch "$results/fail.$(echo "$name" | tr / _)"
  fi
  rm -f "$out"
}
export -f run_one
find test -name '*.js' -not -path 'test/node-compat/*' -not -path '*/fixtures/*' | sort |
  xargs -P "$JOBS" -I{} bash -c 'run_one {}'
passed=$(find "$results" -name 'pass.*' | wc -l)
failed=$(find "$results" -name 'fail.*' | wc -l)
rm -rf "$results"
echo "js tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
