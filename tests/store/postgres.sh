#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests, on 127.0.0.1 only.
#   postgres.sh start DIR   -> writes DIR/connection.env (or DIR/unavailable with the reason)
#   postgres.sh stop DIR
set -uo pipefail
cmd=${1:?start|stop}
dir=${2:?DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
stop)
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
    exit 0 ;;
start)
    rm -rf "$dir"; mkdir -p "$dir"
    fail() { echo "$*" > "$dir/unavailable"; echo "postgres.sh: $*" >&2; exit 0; }
    [ -x "$bin/initdb" ] || fail "PostgreSQL's server programs are not installed"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || fail "there is no postgres system user to run the server as"
        chown postgres "$dir"
    fi
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    echo "$password" > "$dir/pw"; chmod 600 "$dir/pw"; [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pw"
    as_owner "$bin/initdb" -D "$dir/data" -U ssbtek_admin --pwfile="$dir/pw" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || fail "initdb failed: $(tail -n 3 "$dir/initdb.log")"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null 2>&1 \
        || fail "the server did not start: $(tail -n 3 "$dir/server.log")"
    as_owner "$bin/psql" -h "$dir" -p "$port" -U ssbtek_admin -d postgres -qAt -c "CREATE DATABASE ssbtek" >/dev/null \
        || fail "could not create the database"
    printf 'host=127.0.0.1\nport=%s\nuser=ssbtek_admin\npassword=%s\ndatabase=ssbtek\n' "$port" "$password" > "$dir/connection.env"
    echo "postgres.sh: PostgreSQL on 127.0.0.1:$port" >&2
    exit 0 ;;
esac
