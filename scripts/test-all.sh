#!/usr/bin/env bash
# Alias kept for `pnpm test`.
exec bash "$(dirname "$0")/test.sh" "$@"
