#!/usr/bin/env bash
# WHATWG URL parsing throughput, apus and node in the same run; ratio > 1 means apus is faster.
exec "$(dirname "$0")/compare.sh" bench/url.js "$@"
