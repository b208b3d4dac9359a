#!/usr/bin/env bash
# Runs one bench script under apus and node in the same run and prints both times per case;
# ratio > 1 means apus is faster. Usage: bench/compare.sh SCRIPT [APUS]. The script prints a
# JSON object of case -> time (milliseconds, or the unit it names under "_unit").
set -euo pipefail
cd "$(dirname "$0")/.."
script=$1
APUS=$(realpath "${2:-.build/release/apus}")
# --expose-gc: scripts that time through median.js collect garbage before each timed run.
a=$("$APUS" --expose-gc "$script")
n=$(node --expose-gc "$script")
python3 - "$a" "$n" <<'PY'
import json, sys
a, n = json.loads(sys.argv[1]), json.loads(sys.argv[2])
# A script may name its unit (default ms) under the key "_unit".
unit = a.pop('_unit', 'ms')
n.pop('_unit', None)
width = max(22, max(len(k) for k in a) + 2)
print(f"{'case':<{width}}{'apus ' + unit:>10}{'node ' + unit:>10}{'speed ratio':>13}")
for k in a:
    print(f"{k:<{width}}{a[k]:>10.1f}{n[k]:>10.1f}{n[k] / a[k]:>13.2f}")
PY
