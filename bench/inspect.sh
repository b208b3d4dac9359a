#!/usr/bin/env bash
# util.inspect time, apus and node in the same run; ratio > 1 means apus is faster.
set -euo pipefail
cd "$(dirname "$0")/.."
APUS=$(realpath "${1:-.build/release/apus}")
a=$("$APUS" bench/inspect.js)
n=$(node bench/inspect.js)
python3 - "$a" "$n" <<'PY'
import json, sys
a, n = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"{'case':<30}{'apus ms':>10}{'node ms':>10}{'speed ratio':>13}")
for k in a:
    print(f"{k:<30}{a[k]:>10.1f}{n[k]:>10.1f}{n[k] / a[k]:>13.2f}")
PY
