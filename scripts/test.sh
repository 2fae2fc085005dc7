#!/usr/bin/env bash
# Every check and test: the style checks (prettier, lint, typecheck, knip; each counts as one result),
# Vitest in every package (unit + integration on real SQLite files; the db:copy tests on a throwaway
# PostgreSQL server of their own), then the production build and Playwright in Debian's Chromium: the whole
# suite on SQLite, then the specs that touch data again on a throwaway PostgreSQL server.
# Ends with the line "N passed, N failed", counting both Playwright runs.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/install.sh
source scripts/lib/checks.sh
source scripts/lib/e2e-postgres.sh
trap stop_e2e_postgres EXIT
export NEXT_TELEMETRY_DISABLED=1

set -e
ensure_pnpm
ensure_dependencies
ensure_test_packages
set +e

# A failing check fails the run but does not stop it: the tests still run, so one run shows everything.
run_checks

reports_dir="$(pwd)/test-results/reports"
rm -rf "$reports_dir" && mkdir -p "$reports_dir"
reports=()
status=0

# Build first: some integration tests (exports, crash consistency, benchmark smoke) drive the production server.
built=0
build_web && built=1

for dir in packages/* apps/*; do
  [ -f "$dir/package.json" ] || continue
  find "$dir/src" -name '*.test.ts' -o -name '*.test.tsx' 2>/dev/null | grep -q . || continue
  name="$(basename "$dir")"
  echo "==> vitest: $dir"
  report="$reports_dir/vitest-$name.json"
  reports+=("$report")
  (cd "$dir" && pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report") || status=1
done

if [ "$built" = 1 ]; then
  echo "==> playwright (Debian chromium)"
  report="$reports_dir/playwright.json"
  reports+=("$report")
  (cd apps/web && PLAYWRIGHT_JSON_OUTPUT_NAME="$report" pnpm exec playwright test --reporter=list,json) || status=1

  echo "==> playwright on PostgreSQL (the specs that touch data; see apps/web/playwright.config.ts)"
  report="$reports_dir/playwright-postgres.json"
  reports+=("$report")
  if start_e2e_postgres; then
    (cd apps/web && DATABASE_URL="$E2E_POSTGRES_URL" E2E_DB="$E2E_POSTGRES_SQLITE" \
      PLAYWRIGHT_JSON_OUTPUT_NAME="$report" pnpm exec playwright test --reporter=list,json) || status=1
  else
    echo "the e2e PostgreSQL database could not be made: its run counts as failed"
    status=1
  fi
  stop_e2e_postgres
else
  echo "build failed: skipping the browser tests"
  status=1
  reports+=("$reports_dir/playwright.json" "$reports_dir/playwright-postgres.json")
fi

read -r passed failed skipped < <(node scripts/lib/count-results.mjs "${reports[@]}")
passed=$((passed + CHECKS_PASSED))
failed=$((failed + ${#CHECKS_FAILED[@]}))
[ "$failed" -gt 0 ] && status=1
echo
print_failed_checks
# CI reads the last line as exactly "N passed, N failed": skipped tests are said on the line before it.
[ "$skipped" -gt 0 ] && echo "($skipped skipped)"
echo "$passed passed, $failed failed"
exit "$status"
