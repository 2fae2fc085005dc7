# Sourced by test.sh: the PostgreSQL database of the second Playwright run. A freshly seeded SQLite file
# (with the e2e users, as the first run's server makes its own) is copied with db:copy into a throwaway
# server from Debian's packages (initdb in a temp folder, a free port), held by a background process until
# stop_e2e_postgres, which test.sh also calls at exit.

E2E_POSTGRES_PID=""
E2E_POSTGRES_URL=""
E2E_POSTGRES_SQLITE=""
E2E_POSTGRES_DIR=""

start_e2e_postgres() {
  local dir log
  dir="$(mktemp -d "${TMPDIR:-/tmp}/tianshan-e2e-pg-XXXXXX")"
  E2E_POSTGRES_DIR="$dir"
  log="$dir/postgres.log"
  E2E_POSTGRES_SQLITE="$dir/seeded.db"
  TIANSHAN_DB="$E2E_POSTGRES_SQLITE" pnpm --filter @tianshan/db db:seed >/dev/null || return 1
  TIANSHAN_DB="$E2E_POSTGRES_SQLITE" pnpm --filter @tianshan/auth exec tsx ../../apps/web/e2e/support/create-users.ts || return 1
  # tsx is the db package's (the web app has none of its own); the script's imports resolve from its own folder.
  (cd packages/db && exec node_modules/.bin/tsx ../../apps/web/e2e/support/postgres-for-e2e.ts "$E2E_POSTGRES_SQLITE") >"$log" 2>&1 &
  E2E_POSTGRES_PID=$!
  # Waits for the holder to say the copy is verified, or to exit: a condition, not a time.
  while kill -0 "$E2E_POSTGRES_PID" 2>/dev/null && ! grep -q '^DATABASE_URL=' "$log"; do sleep 0.5; done
  E2E_POSTGRES_URL="$(sed -n 's/^DATABASE_URL=//p' "$log")"
  if [ -z "$E2E_POSTGRES_URL" ]; then
    cat "$log"
    return 1
  fi
  echo "==> e2e database on PostgreSQL: $E2E_POSTGRES_URL (a db:copy of $E2E_POSTGRES_SQLITE)"
}

stop_e2e_postgres() {
  if [ -n "$E2E_POSTGRES_PID" ]; then
    kill "$E2E_POSTGRES_PID" 2>/dev/null
    wait "$E2E_POSTGRES_PID" 2>/dev/null
    E2E_POSTGRES_PID=""
  fi
  [ -n "$E2E_POSTGRES_DIR" ] && rm -rf "$E2E_POSTGRES_DIR"
  E2E_POSTGRES_DIR=""
}
