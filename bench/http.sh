#!/usr/bin/env bash
# HTTP server throughput with wrk (32 connections, keep-alive), apus and node in the same run,
# alternating ROUNDS times (default 2) and keeping each one's best; ratio > 1 means apus serves
# more requests per second.
set -euo pipefail
cd "$(dirname "$0")/.."
APUS=$(realpath "${1:-.build/release/apus}")
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-4s}
if ! command -v wrk >/dev/null; then
  echo "bench/http.sh: wrk is not installed (apt-get install wrk); skipped"
  exit 0
fi
rate() {   # runtime path -> requests/s
  local runtime=$1 path=$2 log port pid result
  log=$(mktemp)
  "$runtime" bench/http-server.js >"$log" &
  pid=$!
  for _ in $(seq 100); do [ -s "$log" ] && break; sleep 0.05; done
  port=$(head -1 "$log")
  wrk -t1 -c32 -d1s "http://127.0.0.1:$port$path" >/dev/null   # warm-up
  result=$(wrk -t1 -c32 -d"$DURATION" "http://127.0.0.1:$port$path" | awk '/Requests\/sec/ {print $2}')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  echo "$result"
}
printf '%-22s%12s%12s%13s\n' case 'apus req/s' 'node req/s' 'speed ratio'
for path in / /big; do
  best_apus=0; best_node=0
  for ((round = 0; round < ROUNDS; round++)); do
    a=$(rate "$APUS" "$path"); n=$(rate node "$path")
    best_apus=$(python3 -c "print(max($best_apus, $a))"); best_node=$(python3 -c "print(max($best_node, $n))")
  done
  name="GET $path"; [ "$path" = / ] && name="GET / (11 bytes)"; [ "$path" = /big ] && name="GET /big (64 KiB)"
  python3 -c "print(f'{\"$name\":<22}{$best_apus:>12.0f}{$best_node:>12.0f}{$best_apus / $best_node:>13.2f}')"
done
