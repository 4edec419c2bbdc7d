#!/usr/bin/env bash
# `npm test`: the whole suite, as CI runs it — lint, formatting, architecture rules, types, unit
# tests, integration tests on a real PostgreSQL, and the Playwright journeys in Chromium. Ends with
# one line: `N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
out=test-results
rm -rf "$out" && mkdir -p "$out"

bash scripts/lib/ensure-deps.sh || exit 1
bash scripts/lib/ensure-postgres.sh || exit 1
bash scripts/lib/ensure-chromium.sh || exit 1

failed_steps=()
run() { # run NAME COMMAND…: keeps going after a failure so one run shows every problem
  local name=$1; shift
  echo; echo "━━ $name ━━"
  if ! "$@"; then failed_steps+=("$name"); fi
}

run lint node_modules/.bin/eslint . --max-warnings=0
run format node_modules/.bin/prettier --check --log-level=warn .
# Import rules between folders (.dependency-cruiser.cjs, docs/architecture.md).
run architecture node_modules/.bin/depcruise --config .dependency-cruiser.cjs .
run typecheck node_modules/.bin/tsc --noEmit
run unit node_modules/.bin/vitest run --project unit --reporter=default --reporter=json --outputFile.json="$out/unit.json"
run integration node_modules/.bin/vitest run --project integration --reporter=default --reporter=json --outputFile.json="$out/integration.json"
run e2e env CI=1 node_modules/.bin/playwright test

node scripts/lib/summarize-tests.mjs "$out" "${failed_steps[@]}"
