# Sourced by start.sh and test.sh: installs what the project needs on a fresh Debian + Node 20 machine.
# Only the npm registry and Debian's packages are reachable, so every step uses one of those.

PNPM_VERSION=10.34.9

ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "==> installing pnpm $PNPM_VERSION"
    # Corepack cannot verify this registry's signatures, so install pnpm with npm.
    npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null
  fi
}

ensure_dependencies() {
  echo "==> installing dependencies (better-sqlite3 compiles from source on a cold store: ~2 min)"
  # CI=true keeps pnpm non-interactive; the lockfile is the contract.
  CI=true pnpm install --frozen-lockfile
}

# Debian packages the tests need, in one apt-get: Chromium for Playwright, and PostgreSQL, whose binaries
# the db:copy tests use to start a throwaway server of their own (no system cluster is used or needed).
ensure_test_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "==> installing Debian's ${missing[*]} for the tests"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build_web() {
  echo "==> building the dashboard"
  NEXT_TELEMETRY_DISABLED=1 pnpm --filter @tianshan/web build
}
