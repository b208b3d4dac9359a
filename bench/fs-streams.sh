#!/usr/bin/env bash
# fs and stream throughput, apus and node in the same run; ratio > 1 means apus is faster.
exec "$(dirname "$0")/compare.sh" bench/fs-streams.js "$@"
