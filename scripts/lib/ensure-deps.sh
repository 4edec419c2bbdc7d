#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lockfile.
# `npm install`, not `npm ci`: npm 11 writes lockfiles without the other platforms' optional
# packages (@swc/core-*, @tailwindcss/oxide-*) and `npm ci` then refuses them as out of sync.
# `npm install` follows the same lockfile (versions and integrity) and leaves it unchanged.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "▸ npm install"
  npm install --no-audit --no-fund
fi
