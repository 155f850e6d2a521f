#!/bin/sh
# Installs PostgreSQL from Debian when its server binaries are missing: the tests of the SQL
# engines (test/sql/) start throwaway servers of their own with initdb and pg_ctl, and
# `npm run bench:sjukfall` does the same. Idempotent and silent when PostgreSQL is present.
set -eu

for bin in /usr/lib/postgresql/*/bin/initdb; do
  [ -x "$bin" ] && exit 0
done

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "ensure-postgres: PostgreSQL saknas och kan inte installeras utan root (apt-get install postgresql)." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-postgres: PostgreSQL saknas; installera det med systemets pakethanterare (Debian: apt-get install postgresql)." >&2
  exit 1
fi

echo "ensure-postgres: installerar postgresql från Debian …" >&2
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp /tmp/ensure-postgres.XXXXXX)
trap 'rm -f "$log"' EXIT
if ! { $as_root apt-get update -qq && $as_root apt-get install -y -qq --no-install-recommends postgresql; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "ensure-postgres: installationen misslyckades." >&2
  exit 1
fi
