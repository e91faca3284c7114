#!/usr/bin/env bash
# End to end against ssbtek-sim on loopback, plain HTTP and mutual TLS: the client (request
# built → model ready, bench_e2e) against the transport floor (the same request bytes sent
# and the answer discarded by curl), for the medium answer; what keeping the connection alive
# saves over 20 lookups; then the GUI thread's longest stall, the window's peak memory (the
# large and huge answers, a household of five) and the time to a shown window (bench_gui), and
# memory over many queries.
#   tests/bench/run-e2e.sh [BUILD_DIR] [COUNT]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
count=${2:-30}
cmake --build "$build" --target bench_e2e bench_gui ssbtek-sim ssbtek-client >/dev/null
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
bash "$root/tests/support/make-test-certs.sh" "$work/certs" >/dev/null
certs=$work/certs
person=19940404-9844 # two years of daily payments: the medium answer
# A fixed day, not the wall clock: the simulator's catalogue (and so the answers' sizes) follow it.
day=2026-06-15
export SSBTEK_NOW=${day}T10:00:00
from=$(date -d "$day -12 months" +%Y-%m-01); to=$day

start_sim() { # name, then options; with nice="nice -n 19" before it, at that priority
    local name=$1; shift
    ${nice:-} "$build/app/sim/ssbtek-sim" "$@" >"$work/$name.url" 2>/dev/null &
    pids+=($!)
    for _ in $(seq 50); do [ -s "$work/$name.url" ] && break; sleep 0.1; done
    head -1 "$work/$name.url"
}
floor() { # url, curl options…: median and p90 of curl's own time_total, in ms
    local url=$1; shift
    for _ in $(seq "$count"); do
        curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: text/xml;charset=utf-8' -H 'SOAPAction: ""' \
            --data-binary @"$work/request.xml" "$@" "$url"
    done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "median %.1f ms, p90 %.1f ms\n", t[int(NR * 0.5) + 1], t[int(NR * 0.9) + 1] }'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), build $(basename "$build")"
plain=$(start_sim plain)
"$build/tests/bench/bench_e2e" "$plain" "$person" "$from" "$to" "$count" --request-out "$work/request.xml"
echo "curl http ($(wc -c <"$work/request.xml") bytes sent, $(curl -s -o /dev/null -w '%{size_download}' -H 'Content-Type: text/xml;charset=utf-8' -H 'SOAPAction: ""' --data-binary @"$work/request.xml" "$plain") received): $(floor "$plain")"

tls=$(start_sim tls --tls-cert "$certs/server.pem" --tls-key "$certs/server.key" --client-ca "$certs/ca.pem")
"$build/tests/bench/bench_e2e" "$tls" "$person" "$from" "$to" "$count" --cert "$certs/client.pem" --key "$certs/client.key" --ca "$certs/ca.pem"
echo "curl https: $(floor "$tls" --cacert "$certs/ca.pem" --cert "$certs/client.pem" --key "$certs/client.key")"

# Keeping the connection alive: 20 consecutive lookups (a small answer, so that the handshake is
# not lost in the parse) through one session, then with a new connection and handshake each.
for way in "" --fresh-connections; do
    "$build/tests/bench/bench_e2e" "$tls" 19850412-9829 "$from" "$to" 20 $way \
        --cert "$certs/client.pem" --key "$certs/client.key" --ca "$certs/ca.pem"
done

echo "memory over 1000 queries (medium answer, http):"
"$build/tests/bench/bench_e2e" "$plain" "$person" "$from" "$to" 1000 --rss-every 200

QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" 19720522-9862 5 2>/dev/null
# The huge answer (23 MB), then a household of five large answers (11–12 MB each), served by
# ssbtek-sim from the generated catalogue, so that the peak memory is the window's alone.
household=$(python3 "$root/tests/bench/make-huge-catalogue.py" "$work/huge.json")
# The simulator at the lowest priority: it stands for SSBTEK, which is not on the caseworker's
# machine, so its making of 80 MB of answers should not take the two cores from the window.
huge=$(nice="nice -n 19" start_sim huge --catalogue "$work/huge.json" --today "$day")
echo "the huge answer in the window:"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" 198001019820 2 --url "$huge" 2>/dev/null
echo "a household of five large answers:"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" "${household%%,*}" 2 --url "$huge" --household "${household#*,}" 2>/dev/null
echo "the review window on an audit log of 10 000 records:"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_gui" 19850412-9829 5 --review 10000 2>/dev/null
# Cold start: process start to the window drawn and saved (--screenshot), a few times.
for _ in 1 2 3; do
    s=$(date +%s%N)
    HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=offscreen \
        "$build/app/gui/ssbtek-client" --screenshot "$work/start.png" 2>/dev/null
    echo $(( ($(date +%s%N) - s) / 1000000 ))
done | sort -n | awk '{ t[NR] = $1 } END { printf "cold start to a drawn window (and exit): median %d ms of %d runs\n", t[2], NR }'
