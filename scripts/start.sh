#!/usr/bin/env bash
# Quick start: install, migrate, seed the starter data, build, and start the dashboard.
# Safe to run again: the seed is idempotent and installs are reused.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/install.sh

export NEXT_TELEMETRY_DISABLED=1
ensure_pnpm
ensure_dependencies

echo "==> migrating and seeding ${TIANSHAN_DB:-data/tianshan.db}"
pnpm db:seed

# A fresh database has no accounts: create the first admin with a generated password, printed once.
# (No password is baked into the code; later accounts are made by this admin on /admin/users or by the CLI.)
echo "==> first admin account"
pnpm -s --filter @tianshan/auth user:create --email "${TIANSHAN_ADMIN_EMAIL:-admin@tianshan.local}" --name Administrator --role admin --if-no-users

build_web

port="${PORT:-3000}"
# Pick the next free port rather than failing when 3000 is taken.
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
host="${HOST:-0.0.0.0}"
# Cookies, sign-in and redirects follow this origin, never a request's Host header: set it to the public URL.
export TIANSHAN_ORIGIN="${TIANSHAN_ORIGIN:-${BETTER_AUTH_URL:-http://localhost:$port}}"
echo
echo "==> Tianshan is starting on $TIANSHAN_ORIGIN (listening on $host:$port; Ctrl-C stops it)"
echo
exec pnpm --filter @tianshan/web exec next start -H "$host" -p "$port"
