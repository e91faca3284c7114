#!/usr/bin/env bash
# Load through ssbtek-gateway: COUNT lookups from CLIENTS concurrent clients (bench_gateway),
# first straight to ssbtek-sim over mutual TLS with the organisation's certificate (the floor),
# then through one gateway instance and through two on one PostgreSQL, with a caseworker's
# certificate. After each gateway run the audit log is checked: every answered lookup has
# exactly one "asked" and one outcome record naming it, nothing else was written, and
# `ssbtek-cli audit verify` finds one unbroken chain.
#   tests/bench/run-gateway.sh [BUILD_DIR] [COUNT] [CLIENTS]
# Environment: PERSON (default the small answer 19850412-9829), SIM_THREADS, GATEWAY_THREADS.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
count=${2:-2000}
clients=${3:-50}
person=${PERSON:-19850412-9829}
sim_threads=${SIM_THREADS:-4}
gateway_threads=${GATEWAY_THREADS:-4}
cmake --build "$build" --target bench_gateway ssbtek-sim ssbtek-gateway ssbtek-cli >/dev/null
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    bash "$root/tests/store/postgres.sh" stop "$work/pg"
    rm -rf "$work"
}
trap cleanup EXIT
bash "$root/tests/support/make-test-certs.sh" "$work/certs" >/dev/null
certs=$work/certs
day=2026-06-15 # a fixed day: the simulator's answers follow it
export SSBTEK_NOW=${day}T10:00:00
from=2026-01-01; to=2026-05-31
legal_basis='Testkommunens grund (2025:400)'

bash "$root/tests/store/postgres.sh" start "$work/pg"
[ -f "$work/pg/unavailable" ] && { echo "no PostgreSQL: $(cat "$work/pg/unavailable")" >&2; exit 1; }
pg() { sed -n "s/^$1=//p" "$work/pg/connection.env"; }
( umask 077; pg password >"$work/admin-password"; echo pw-gwbench >"$work/gateway-password" )
psql_as_admin() { # database, then psql arguments
    local db=$1; shift
    PGPASSWORD=$(pg password) psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(pg port)" -U ssbtek_admin -d "$db" "$@"
}
store_section() { # database, user, password file
    printf '[store]\nbackend=postgres\nhost=127.0.0.1\nport=%s\ndatabase=%s\nuser=%s\npasswordFile=%s\n' \
        "$(pg port)" "$1" "$2" "$3"
}
# A database of its own per run: migrated by its owner, the gateway's login and one caseworker.
prepare_database() {
    local db=$1
    psql_as_admin ssbtek -c "CREATE DATABASE $db"
    store_section "$db" ssbtek_admin "$work/admin-password" >"$work/admin-$db.ini"
    "$build/app/cli/ssbtek-cli" --config "$work/admin-$db.ini" audit verify >/dev/null # migrates
    psql_as_admin "$db" <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gwbench') THEN
  CREATE ROLE gwbench LOGIN PASSWORD 'pw-gwbench'; END IF; END \$\$;
GRANT ssbtek_gateway TO gwbench;
GRANT CONNECT ON DATABASE $db TO gwbench;
INSERT INTO ssbtek_staff (login, unit, role, enabled) VALUES ('anna', 'Enhet A', 'caseworker', true);
SQL
}

started=
start_printing_url() { # name, program, arguments…: starts it; $started is the URL it prints first
    local name=$1; shift
    "$@" >"$work/$name.url" 2>"$work/$name.log" &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$work/$name.url" ] && break; sleep 0.1; done
    started=$(head -1 "$work/$name.url")
}
( umask 077; cp "$certs/server.key" "$work/gateway.key" )
gateway_config() { # database
    cat <<EOF
[endpoint]
url=$sim
version=11
[organisation]
number=555000-0003
name=Testkommunen
[tls]
certificate=$certs/client.pem
key=$certs/client.key
ca=$certs/ca.pem
[query]
legalBasis=$legal_basis
[gateway]
listen=127.0.0.1
port=0
certificate=$certs/server.pem
key=$work/gateway.key
caseworkerCa=$certs/caseworker-ca.pem
loginField=CN
threads=$gateway_threads
EOF
    store_section "$1" gwbench "$work/gateway-password"
}

load() { # URLs, certificate name, case-id file
    "$build/tests/bench/bench_gateway" "$1" "$count" "$clients" "$person" "$from" "$to" \
        --cert "$certs/$2.pem" --key "$certs/$2.key" --ca "$certs/ca.pem" --case-ids "$3" --legal-basis "$legal_basis"
}
value() { sed -En "s/(^|.* )$1=([^ ]*).*/\2/p" <<<"$2"; }
# Every answered lookup once "asked" and once answered, nothing more, and one unbroken chain.
check_audit() { # database, case-id file
    local db=$1 ids=$2
    psql_as_admin "$db" -At <<SQL
CREATE TEMP TABLE sent (case_id text);
\copy sent FROM '$ids'
SELECT 'sent=' || (SELECT count(*) FROM sent)
    || ' distinct_sent=' || (SELECT count(DISTINCT case_id) FROM sent)
    || ' asked=' || (SELECT count(*) FROM audit_log WHERE kind = 'asked')
    || ' answered=' || (SELECT count(*) FROM audit_log WHERE kind = 'query' AND outcome NOT LIKE 'failed%' AND outcome NOT LIKE 'refused%')
    || ' not_the_certificate=' || (SELECT count(*) FROM audit_log WHERE caseworker <> 'anna')
    || ' other=' || (SELECT count(*) FROM audit_log WHERE kind NOT IN ('asked', 'query'))
    || ' lost=' || (SELECT count(*) FROM sent s WHERE (SELECT count(*) FROM audit_log a WHERE a.kind = 'asked' AND a.case_id = s.case_id) <> 1
                       OR (SELECT count(*) FROM audit_log q WHERE q.kind = 'query' AND q.case_id = s.case_id
                           AND (q.detail::json->>'asked')::bigint = (SELECT id FROM audit_log a WHERE a.kind = 'asked' AND a.case_id = s.case_id LIMIT 1)) <> 1)
    || ' unsent=' || (SELECT count(*) FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM sent s WHERE s.case_id = a.case_id));
SQL
    "$build/app/cli/ssbtek-cli" --config "$work/admin-$db.ini" audit verify >"$work/verify.txt" 2>&1 \
        && echo "chain=verifies" || echo "chain=BROKEN"
}
# Holds when the counts say nothing was lost, doubled or written in another name.
audit_holds() { # check_audit's output
    local n
    n=$(value sent "$1")
    [ "$n" = "$count" ] && [ "$(value distinct_sent "$1")" = "$n" ] && [ "$(value asked "$1")" = "$n" ] \
        && [ "$(value answered "$1")" = "$n" ] && [ "$(value other "$1")" = 0 ] && [ "$(value lost "$1")" = 0 ] \
        && [ "$(value unsent "$1")" = 0 ] && [ "$(value not_the_certificate "$1")" = 0 ] \
        && grep -q 'chain=verifies' <<<"$1"
}
report() { # label, result line, floor line
    local p50 p99 f50 f99
    p50=$(value p50_ms "$2"); p99=$(value p99_ms "$2"); f50=$(value p50_ms "$3"); f99=$(value p99_ms "$3")
    awk -v label="$1" -v rate="$(value per_second "$2")" -v p50="$p50" -v p99="$p99" -v f50="$f50" -v f99="$f99" \
        -v first="$(value first_p50_ms "$2")" -v ffirst="$(value first_p50_ms "$3")" -v failed="$(value failed "$2")" \
        'BEGIN { printf "%s: %s lookups/s, p50 %s ms (%+.1f), p99 %s ms (%+.1f), a new connection'"'"'s first lookup p50 %s ms (%+.1f), failed %s\n", label, rate, p50, p50 - f50, p99, p99 - f99, first, first - ffirst, failed }'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $count lookups, $clients clients, person $person, simulator threads $sim_threads, gateway threads $gateway_threads"
start_printing_url sim "$build/app/sim/ssbtek-sim" --tls-cert "$certs/server.pem" --tls-key "$certs/server.key" \
    --client-ca "$certs/ca.pem" --threads "$sim_threads"
sim=$started
[ -n "$sim" ] || { echo "the simulator did not start: $(cat "$work/sim.log")" >&2; exit 1; }

direct=$(load "$sim" client "$work/direct.ids")
echo "direct to ssbtek-sim: $direct"

status=0
for instances in 1 2; do
    db=gw_$instances
    prepare_database "$db"
    gateway_config "$db" >"$work/$db.conf"
    urls=()
    for i in $(seq "$instances"); do
        start_printing_url "$db-$i" "$build/app/gateway/ssbtek-gateway" --config "$work/$db.conf"
        urls+=("$started")
        [ -n "${urls[-1]}" ] || { echo "gateway $i did not start: $(cat "$work/$db-$i.log")" >&2; exit 1; }
    done
    joined=$(IFS=,; echo "${urls[*]}")
    result=$(load "$joined" anna "$work/$db.ids") || status=1
    echo "through $instances gateway instance(s): $result"
    report "  added by $instances instance(s)" "$result" "$direct"
    audit=$(check_audit "$db" "$work/$db.ids" | tr '\n' ' ')
    echo "  audit: $audit"
    audit_holds "$audit" || { echo "  THE AUDIT LOG DOES NOT HOLD"; status=1; }
    for p in "${pids[@]:1}"; do kill "$p" 2>/dev/null || true; done
    pids=("${pids[0]}")
done
exit $status
