#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster for the team-workspace tests and prints where it is.
#
#   eval "$(src/test/scripts/start-postgres.sh)"   # exports FRAMDRIFT_TEST_PG_URL/_USER/_PASSWORD
#   src/test/scripts/start-postgres.sh --stop DIR  # stops a cluster this script started
#
# initdb refuses to run as root, so when run as root the cluster belongs to the 'postgres' user
# (Debian's package creates it); otherwise to the current user. The cluster listens on 127.0.0.1
# only, on a free port, in a temporary folder (or $FRAMDRIFT_TEST_PG_DIR). It is created with one
# superuser 'framdrift' (password from $FRAMDRIFT_TEST_PG_PASSWORD or random) owning the
# database 'framdrift'. The same lines are also written to DIR/env for a later shell.
# Needs the PostgreSQL 15 server binaries: apt-get install -y postgresql (Debian 12).
set -euo pipefail

BIN="${PG_BIN:-}"
if [ -z "$BIN" ]; then
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then BIN="$d"; break; fi
  done
fi
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "start-postgres: no PostgreSQL server binaries (apt-get install -y postgresql)" >&2
  exit 2
fi

as_owner() { # runs a command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

if [ "${1:-}" = "--stop" ]; then
  dir="${2:?usage: start-postgres.sh --stop DIR}"
  as_owner "'$BIN/pg_ctl' -D '$dir/data' -m fast stop" >&2 || true
  rm -rf "$dir"
  exit 0
fi

dir="${FRAMDRIFT_TEST_PG_DIR:-$(mktemp -d /tmp/framdrift-pg.XXXXXX)}"
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "start-postgres: no 'postgres' user to own the cluster" >&2; exit 2; }
  chown postgres "$dir"
fi
chmod 700 "$dir"

# a free port: ask the kernel for one (bind to port 0), then hand it to the server
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)"
user=framdrift
password="${FRAMDRIFT_TEST_PG_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)}"

printf '%s\n' "$password" > "$dir/pwfile"
[ "$(id -u)" = 0 ] && chown postgres "$dir/pwfile"
chmod 600 "$dir/pwfile"
as_owner "'$BIN/initdb' -D '$dir/data' -U '$user' --pwfile='$dir/pwfile' -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" \
  || as_owner "'$BIN/initdb' -D '$dir/data' -U '$user' --pwfile='$dir/pwfile' -A scram-sha-256 -E UTF8 --locale=C >'$dir/initdb.log' 2>&1" \
  || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"
as_owner "'$BIN/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
  -o \"-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='$dir' -c max_connections=60 -c fsync=off\" start >/dev/null" \
  || { cat "$dir/server.log" >&2; exit 1; }
PGPASSWORD="$password" "$BIN/psql" -X -q -h 127.0.0.1 -p "$port" -U "$user" -d postgres \
  -c "CREATE DATABASE framdrift OWNER $user" >&2

url="jdbc:postgresql://127.0.0.1:$port/framdrift"
cat > "$dir/env" <<ENV
export FRAMDRIFT_TEST_PG_URL='$url'
export FRAMDRIFT_TEST_PG_USER='$user'
export FRAMDRIFT_TEST_PG_PASSWORD='$password'
export FRAMDRIFT_TEST_PG_DIR='$dir'
ENV
chmod 600 "$dir/env"
cat "$dir/env"
