#!/usr/bin/env bash
# TCP throughput and connection rate over loopback, apus and node in the same run; ratio > 1
# means apus is faster.
exec "$(dirname "$0")/compare.sh" bench/net.js "$@"
