#!/usr/bin/env bash
# util.inspect time, apus and node in the same run; ratio > 1 means apus is faster.
exec "$(dirname "$0")/compare.sh" bench/inspect.js "$@"
