# Sourced by check.sh and test.sh: the style checks CI runs before the tests. Each check is one result:
# run_checks sets CHECKS_PASSED (a count) and CHECKS_FAILED (the names of the checks that failed).

CHECKS_PASSED=0
CHECKS_FAILED=()

run_check() {
  local name="$1"
  shift
  local started=$SECONDS
  echo "==> check: $name"
  if "$@"; then
    CHECKS_PASSED=$((CHECKS_PASSED + 1))
    echo "==> check passed: $name ($((SECONDS - started)) s)"
  else
    CHECKS_FAILED+=("$name")
    echo "==> check FAILED: $name ($((SECONDS - started)) s)"
  fi
}

run_checks() {
  # Turbo's anonymous usage report is a network call CI has no business making.
  export TURBO_TELEMETRY_DISABLED=1
  run_check 'prettier --check' pnpm exec prettier --check --log-level warn .
  run_check 'turbo lint' pnpm exec turbo run lint --output-logs=errors-only
  run_check 'turbo typecheck' pnpm exec turbo run typecheck --output-logs=errors-only
  run_check 'knip' pnpm exec knip
}

print_failed_checks() {
  if [ "${#CHECKS_FAILED[@]}" -gt 0 ]; then
    local IFS=','
    echo "failed checks: ${CHECKS_FAILED[*]}"
  fi
}
