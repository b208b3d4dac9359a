#!/usr/bin/env bash
# Runs one bench script under apus and node in the same run and prints both times per case;
# ratio > 1 means apus is faster. Usage: bench/compare.sh SCRIPT [APUS]. The script prints a
# JSON object of case -> time (milliseconds, or the unit it names under "_unit").
# ROUNDS (default 1) alternates the two runtimes that many times and keeps each one's best time
# per case, so a burst of load on this shared machine or the page cache's writeback lands on
# both sides instead of one.
set -euo pipefail
cd "$(dirname "$0")/.."
script=$1
APUS=$(realpath "${2:-.build/release/apus}")
ROUNDS=${ROUNDS:-1}
runs=()
for ((round = 0; round < ROUNDS; round++)); do
  # --expose-gc: scripts that time through median.js collect garbage before each timed run.
  runs+=("$("$APUS" --expose-gc "$script")" "$(node --expose-gc "$script")")
done
python3 - "${runs[@]}" <<'PY'
import json, sys
results = [json.loads(text) for text in sys.argv[1:]]
# A script may name its unit (default ms) under the key "_unit".
unit = results[0].get('_unit', 'ms')
for r in results: r.pop('_unit', None)
a = {k: min(r[k] for r in results[0::2]) for k in results[0]}
n = {k: min(r[k] for r in results[1::2]) for k in results[0]}
rounds = len(results) // 2
width = max(22, max(len(k) for k in a) + 2)
print(f"{'case':<{width}}{'apus ' + unit:>10}{'node ' + unit:>10}{'speed ratio':>13}" + (f"  (best of {rounds} alternating rounds)" if rounds > 1 else ""))
for k in a:
    print(f"{k:<{width}}{a[k]:>10.1f}{n[k]:>10.1f}{n[k] / a[k]:>13.2f}")
PY
