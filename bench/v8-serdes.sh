#!/usr/bin/env bash
# v8 serializer and structuredClone throughput, apus and node in the same run; ratio > 1 means
# apus is faster.
exec "$(dirname "$0")/compare.sh" bench/v8-serdes.js "$@"
