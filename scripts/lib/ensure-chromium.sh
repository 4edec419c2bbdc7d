#!/usr/bin/env bash
# Playwright cannot download its browsers here: use Debian's Chromium, installing it if needed.
set -uo pipefail
if [ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "▸ apt-get install chromium"
  (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }) && exit 0
fi
echo "✗ Chromium introuvable / Chromium not found: install Debian's 'chromium' or set PLAYWRIGHT_CHROMIUM_PATH" >&2
exit 1
