#!/usr/bin/env bash
# The server behind the Playwright journeys: a fresh database and data folder each run, then the
# same start command a person uses.
set -euo pipefail
cd "$(dirname "$0")/.."
db_name="${DATABASE_URL##*/}"; db_name="${db_name%%\?*}"
admin_url="${DATABASE_URL%/*}/postgres"
psql "$admin_url" -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$db_name\" WITH (FORCE)" -c "CREATE DATABASE \"$db_name\""
rm -rf "$CAISSE_DATA_DIR"
exec node_modules/.bin/tsx scripts/start.ts
