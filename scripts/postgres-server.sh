#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the PostgreSQL ledger's tests and CI.
#
#   scripts/postgres-server.sh start    # initialise (once) and start; prints the test URL
#   scripts/postgres-server.sh url      # prints the OUTBOUND_TEST_POSTGRES_URL value
#   scripts/postgres-server.sh env      # prints export lines for the URL and PGPASSWORD
#   scripts/postgres-server.sh status   # exit 0 when it runs
#   scripts/postgres-server.sh stop     # stops it (the data stays; rm -rf the folder to reset)
#
# The cluster lives in $OUTBOUND_PG_DIR (default .build-pg-server/ at the repo root, ignored by
# git through .build*): data/ (the cluster), password (the role's password, mode 600), port,
# server.log and the Unix socket. It listens on 127.0.0.1 only, on port $OUTBOUND_PG_PORT
# (default 54329, or the next free one); TCP logins need the password (scram-sha-256), the
# socket in the private folder is trusted. It has a role `outbound` (login, password, may
# create schemas) owning the database `outbound_test`. It runs without fsync (a throwaway
# cluster) unless OUTBOUND_PG_DURABLE=1.
#
# The binaries are those of the apt package `postgresql` (/usr/lib/postgresql/<version>/bin,
# the newest version installed, or $OUTBOUND_PG_BIN). initdb and postgres refuse to run as
# root: as root, the folder is given to the `postgres` user and they run through runuser.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${OUTBOUND_PG_DIR:-$repo/.build-pg-server}"
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
data="$dir/data"
role=outbound
database=outbound_test

die() { echo "postgres-server: $*" >&2; exit 1; }

# The newest /usr/lib/postgresql/<version>/bin with initdb, unless OUTBOUND_PG_BIN names one.
find_bin() {
    if [[ -n "${OUTBOUND_PG_BIN:-}" ]]; then echo "$OUTBOUND_PG_BIN"; return; fi
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -1)"
    [[ -n "$found" && -x "$found/initdb" ]] || die "no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    echo "$found"
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

is_running() { [[ -f "$data/PG_VERSION" ]] && as_owner "$(find_bin)/pg_ctl" -D "$data" status >/dev/null 2>&1; }

url() {
    [[ -f "$dir/port" ]] || die "no server in $dir (run: $0 start)"
    echo "postgresql://$role@127.0.0.1:$(cat "$dir/port")/$database?sslmode=disable"
}

# psql as the bootstrap superuser over the private socket.
superuser_psql() {
    local superuser
    superuser="$(cat "$dir/superuser")"
    as_owner "$(find_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$(cat "$dir/port")" -U "$superuser" -d postgres "$@"
}

initialise() {
    local bin="$1"
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then
        getent passwd postgres >/dev/null || die "running as root needs the 'postgres' user (installed by the apt package postgresql)"
        chown postgres: "$dir"
        runuser -u postgres -- test -x "$dir" ||
            die "the postgres user cannot reach $dir (a parent folder is private): set OUTBOUND_PG_DIR to a folder under /tmp"
        echo postgres >"$dir/superuser"
    else
        id -un >"$dir/superuser"
    fi
    chmod 700 "$dir"
    if [[ ! -s "$dir/password" ]]; then
        (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/password")
    fi
    local pwfile="$dir/.initdb-password"
    (umask 077; cat "$dir/password" >"$pwfile")
    [[ "$(id -u)" == 0 ]] && chown postgres: "$pwfile"
    as_owner "$bin/initdb" -D "$data" -U "$(cat "$dir/superuser")" --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { rm -f "$pwfile"; cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pwfile"
}

start() {
    local bin port
    bin="$(find_bin)"
    if is_running; then
        url
        return
    fi
    [[ -f "$data/PG_VERSION" ]] || initialise "$bin"
    port="${OUTBOUND_PG_PORT:-54329}"
    local tries=0
    while port_busy "$port"; do
        port=$((port + 1)); tries=$((tries + 1))
        [[ $tries -lt 100 ]] || die "no free port from ${OUTBOUND_PG_PORT:-54329}"
    done
    echo "$port" >"$dir/port"
    [[ "$(id -u)" == 0 ]] && chown postgres: "$dir/port"
    # A throwaway cluster: no fsync unless OUTBOUND_PG_DURABLE=1 (for figures that must include it).
    local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ "${OUTBOUND_PG_DURABLE:-0}" == 1 ]] && durability=""
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c max_connections=200 $durability" \
        start >/dev/null || { tail -20 "$dir/server.log" >&2; die "the server did not start"; }

    # The role and database (idempotent: a restarted cluster keeps them).
    local password
    password="$(cat "$dir/password")"
    superuser_psql -v "pw=$password" <<SQL
SELECT format('CREATE ROLE $role LOGIN PASSWORD %L', :'pw') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role') \gexec
ALTER ROLE $role PASSWORD :'pw';
SELECT 'CREATE DATABASE $database OWNER $role' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$database') \gexec
SQL
    url
    echo "export PGPASSWORD=\"\$(cat $dir/password)\"  # the role's password" >&2
}

stop() {
    if is_running; then
        as_owner "$(find_bin)/pg_ctl" -D "$data" -m fast -w stop >/dev/null
        echo "postgres-server: stopped ($dir)" >&2
    else
        echo "postgres-server: not running ($dir)" >&2
    fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
url) url ;;
env)
    echo "export OUTBOUND_TEST_POSTGRES_URL='$(url)'"
    echo "export PGPASSWORD='$(cat "$dir/password")'"
    ;;
status) is_running ;;
*) die "usage: $0 start|stop|url|env|status" ;;
esac
