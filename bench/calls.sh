#!/usr/bin/env bash
# Per-call costs of common small operations, apus and node in the same run (ns per call); ratio > 1 means apus is faster.
exec "$(dirname "$0")/compare.sh" bench/calls.js "$@"
