#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the test suite and prints its URL on stdout:
#   export TEST_DATABASE_URL="$(bash .ci/postgres.sh)"
# Installs Debian's postgresql only when no server binaries are present. Idempotent: a second run
# reuses the running server. Everything else it says goes to stderr. Loopback only, trust auth,
# port $PG_TEST_PORT (default 54329, away from a system server on 5432).
set -euo pipefail

PORT="${PG_TEST_PORT:-54329}"
DB="${PG_TEST_DB:-claimcheck_test}"
DATA="${PG_TEST_DATA:-/tmp/claimcheck-pg}"
log() { echo "postgres.sh: $*" >&2; }

find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN="$(find_bindir || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/pg_ctl" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
  BIN="$(find_bindir)"
fi

# The server refuses to run as root: run it as the postgres user the package creates.
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  RUN_AS=(runuser -u postgres --)
fi

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  # Not running: start from an empty cluster (test data is disposable; no stale pid file to trip on).
  rm -rf "$DATA"
  mkdir -p "$DATA"
  [ "${#RUN_AS[@]}" -gt 0 ] && chown postgres: "$DATA"
  "${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Loopback only, socket in the data folder (no /var/run needed), fsync off: test data is disposable.
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start \
    -o "-h 127.0.0.1 -p $PORT -k $DATA -c fsync=off -c full_page_writes=off -c max_connections=200" >&2 \
    || { cat "$DATA/server.log" >&2; exit 1; }
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$("${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >&2
fi
log "ready on 127.0.0.1:$PORT"
echo "postgres://postgres@127.0.0.1:$PORT/$DB"
