#!/usr/bin/env bash
# fs and stream throughput, apus and node in the same run, alternating case by case over shared
# fixtures (ROUNDS, default 3); ratio > 1 means apus is faster.
set -euo pipefail
cd "$(dirname "$0")/.."
APUS=$(realpath "${1:-.build/release/apus}")
exec node bench/fs-streams.js --compare "$APUS" "${NODE:-node}"
