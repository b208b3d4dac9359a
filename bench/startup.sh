#!/usr/bin/env bash
# Start-up time of apus and node, measured side by side in one run (interleaved, median of N).
set -euo pipefail
cd "$(dirname "$0")/.."
APUS=$(realpath "${1:-.build/release/apus}")
NODE=${NODE:-node}
RUNS=${RUNS:-40}
hello=$(mktemp --suffix=.js)
echo 'console.log("hello world");' > "$hello"
python3 - "$APUS" "$NODE" "$RUNS" "$hello" <<'PY'
import statistics, subprocess, sys, time
apus, node, runs, hello = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
cases = [("-e 0", ["-e", "0"]), ("hello-world file", [hello])]
def once(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000
print(f"{'case':<20}{'apus ms':>10}{'node ms':>10}{'ratio':>8}")
for name, args in cases:
    a, n = [], []
    for _ in range(3):
        once([apus] + args); once([node] + args)
    for _ in range(runs):
        a.append(once([apus] + args)); n.append(once([node] + args))
    ma, mn = statistics.median(a), statistics.median(n)
    print(f"{name:<20}{ma:>10.2f}{mn:>10.2f}{ma / mn:>8.3f}")
PY
rm -f "$hello"
