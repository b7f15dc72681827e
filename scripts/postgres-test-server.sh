#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a cluster under .build/postgres-test (as root, /tmp), listening on
# loopback only, trusting local connections, started if not already running. Its port (54000 to
# 54899) follows from the checkout's path, so clones side by side on one machine each get their own.
# Prints the URL the tests use (FRONTLINE_TEST_POSTGRES). As root, the server runs as the
# `postgres` user that Debian's postgresql package creates (PostgreSQL refuses to run as root).
# `stop` stops it. Needs the postgresql package (apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
port=$((54000 + $(printf %s "$PWD" | cksum | cut -d" " -f1) % 900))
root="$PWD/.build/postgres-test"
# As root the server runs as `postgres`, who may not be able to reach a clone under a private home
# folder (/root is 0700): then the cluster lives under /tmp instead, still one per checkout.
if [ "$(id -u)" = 0 ]; then root="${TMPDIR:-/tmp}/frontline-postgres-test-$port"; fi
data="$root/data"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed; install it with: $(command -v sudo) apt-get install -y postgresql" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "${1:-start}" = stop ]; then
  [ -d "$data" ] && as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
mkdir -p "$root"
if [ "$(id -u)" = 0 ]; then chown postgres: "$root"; fi
if [ ! -f "$data/PG_VERSION" ]; then
  as_owner "$bin/initdb" -D "$data" -U frontline --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c max_connections=200" start >/dev/null
fi
echo "postgres://frontline@127.0.0.1:$port/postgres?sslmode=disable"
