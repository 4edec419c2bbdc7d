#!/usr/bin/env bash
# `npm run up`: from a fresh clone to Caisse on http://localhost:3000 (dependencies, embedded
# database, LigdiCash simulator, build, server).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/lib/ensure-deps.sh
exec node_modules/.bin/tsx scripts/start.ts
