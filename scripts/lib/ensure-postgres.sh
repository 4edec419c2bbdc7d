#!/usr/bin/env bash
# Integration tests need a real PostgreSQL: start the machine's cluster if it is down.
set -uo pipefail
url="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if pg_isready -d "$url" -q 2>/dev/null; then exit 0; fi
if command -v pg_ctlcluster >/dev/null; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] && pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -d "$url" -q 2>/dev/null && exit 0; sleep 1; done
fi
echo "✗ PostgreSQL ne répond pas sur $url / PostgreSQL is not reachable (set TEST_DATABASE_URL)" >&2
exit 1
