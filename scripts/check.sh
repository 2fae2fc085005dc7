#!/usr/bin/env bash
# The style checks CI runs before the tests (format, lint, types, unused code), for a local run:
# every check runs even after one fails, so one run shows everything.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/checks.sh

run_checks
echo
print_failed_checks
echo "${CHECKS_PASSED} passed, ${#CHECKS_FAILED[@]} failed"
[ "${#CHECKS_FAILED[@]}" -eq 0 ]
