#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests, on 127.0.0.1 only.
#   postgres.sh start DIR   -> writes DIR/connection.env (or DIR/unavailable with the reason)
#   postgres.sh stop DIR
#   postgres.sh pause DIR / resume DIR: stop the server (its data kept) and start it again on
#   the same port, for tests of what happens while the database is gone
# The server's own files live in a folder of their own under the temporary directory, owned by
# the user the server runs as: wherever the clone is (/root, a home folder of mode 700), that
# user can reach them. DIR only says where that folder is.
set -uo pipefail
cmd=${1:?start|stop}
dir=${2:?DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
# The server keeps its own, real clock: under tests/run-on-dates.sh the suite runs inside
# faketime, whose shared semaphore the postgres user may not open (and initdb then fails).
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        env -u LD_PRELOAD -u FAKETIME -u FAKETIME_SHARED -u FAKETIME_NO_CACHE \
            runuser -u postgres -- "$@"
    else
        env -u LD_PRELOAD -u FAKETIME -u FAKETIME_SHARED "$@"
    fi
}
options() { echo "-c listen_addresses=127.0.0.1 -p $1 -k $2 -c fsync=off"; }
case "$cmd" in
pause)
    server=$(cat "$dir/server-dir") || exit 1
    as_owner "$bin/pg_ctl" -D "$server/data" -m fast -w stop >/dev/null 2>&1
    exit $? ;;
resume)
    server=$(cat "$dir/server-dir") || exit 1
    port=$(sed -n 's/^port=//p' "$dir/connection.env")
    as_owner "$bin/pg_ctl" -D "$server/data" -l "$server/server.log" -w -t 60 -o "$(options "$port" "$server")" start >/dev/null 2>&1
    exit $? ;;
stop)
    [ -f "$dir/server-dir" ] || exit 0
    server=$(cat "$dir/server-dir")
    [ -f "$server/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$server/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$server"
    exit 0 ;;
start)
    rm -rf "$dir"; mkdir -p "$dir"
    fail() { echo "$*" > "$dir/unavailable"; echo "postgres.sh: $*" >&2; exit 0; }
    [ -x "$bin/initdb" ] || fail "PostgreSQL's server programs are not installed"
    server=$(mktemp -d "${TMPDIR:-/tmp}/ssbtek-pg.XXXXXX") || fail "no temporary folder for the server"
    echo "$server" > "$dir/server-dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || fail "there is no postgres system user to run the server as"
        chown postgres "$server"
    fi
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    ( umask 077; echo "$password" > "$server/pw" )
    [ "$(id -u)" -eq 0 ] && chown postgres "$server/pw"
    as_owner "$bin/initdb" -D "$server/data" -U ssbtek_admin --pwfile="$server/pw" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$server/initdb.log" 2>&1 \
        || fail "initdb failed: $(tail -n 3 "$server/initdb.log")"
    rm -f "$server/pw"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
    as_owner "$bin/pg_ctl" -D "$server/data" -l "$server/server.log" -w -t 60 \
        -o "$(options "$port" "$server")" start >/dev/null 2>&1 \
        || fail "the server did not start: $(tail -n 3 "$server/server.log")"
    as_owner "$bin/psql" -h "$server" -p "$port" -U ssbtek_admin -d postgres -qAt -c "CREATE DATABASE ssbtek" >/dev/null \
        || fail "could not create the database"
    ( umask 077; printf 'host=127.0.0.1\nport=%s\nuser=ssbtek_admin\npassword=%s\ndatabase=ssbtek\n' "$port" "$password" > "$dir/connection.env" )
    echo "postgres.sh: PostgreSQL on 127.0.0.1:$port" >&2
    exit 0 ;;
esac
