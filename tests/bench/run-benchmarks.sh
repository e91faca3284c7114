#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints their results: tests/bench/run-benchmarks.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
cmake --build "$build" --target bench_parse ssbtek-cli ssbtek-sim >/dev/null
work=$(mktemp -d)
sim=
trap '[ -n "$sim" ] && kill "$sim" 2>/dev/null; rm -rf "$work"' EXIT
printf '' > "$work/empty.ini"
# The simulator's answers, saved as received: every agency for one person (small), and five
# years of daily payments (large). Dates: the last 12 months.
# A fixed day, not the wall clock: the simulator's catalogue (and so the answers' sizes) follow it.
day=2026-06-15
export SSBTEK_NOW=${day}T10:00:00
from=$(date -d "$day -12 months" +%Y-%m-01); to=$day
for spec in small:198504129829 medium:199404049844 large:197205229862; do
    XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work "$build/app/cli/ssbtek-cli" query --config "$work/empty.ini" \
        --store "$work/audit.sqlite" --person "${spec#*:}" --from "$from" --to "$to" --save-raw "$work/${spec%%:*}.xml" \
        --case-id BENCH-1 --current-case --format json >/dev/null 2>&1 || true
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), build $(basename "$build")"
for size in small medium large; do "$build/tests/bench/bench_parse" "$size" "$work/$size.xml" 15; done

# The huge answer (23 MB: every agency, about 20 000 LEFI payments, 3 000 a-kassa payments):
# generated, served by ssbtek-sim from its own catalogue, saved as received.
python3 "$root/tests/bench/make-huge-catalogue.py" "$work/huge.json" >/dev/null
"$build/app/sim/ssbtek-sim" --catalogue "$work/huge.json" --today "$day" >"$work/sim.url" 2>/dev/null &
sim=$!
for _ in $(seq 50); do [ -s "$work/sim.url" ] && break; sleep 0.1; done
printf '[organisation]\nnumber=555000-0003\nname=Testkommunen\n[lefi]\nactorId=BENCH\n[query]\nlegalBasis=4 kap. 1 § SoL\n' >"$work/bench.ini"
XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work "$build/app/cli/ssbtek-cli" query --config "$work/bench.ini" \
    --endpoint "$(head -1 "$work/sim.url")" --store "$work/audit.sqlite" --person 198001019820 \
    --from "$(date -d "$day -23 months" +%Y-%m-01)" --to "$day" --save-raw "$work/huge.xml" \
    --case-id BENCH-2 --current-case --format text >/dev/null
"$build/tests/bench/bench_parse" huge "$work/huge.xml" 15

# Whole processes, as a script calling the CLI sees them (same run, same machine):
measure() { printf '%-58s ' "$1"; shift; XDG_DATA_HOME=$work XDG_CONFIG_HOME=$work python3 "$root/tests/bench/wholeprocess.py" 15 "$@"; }
cli=$build/app/cli/ssbtek-cli
measure "cat huge.xml" cat "$work/huge.xml"
measure "ssbtek-cli --version" "$cli" --version
for size in medium huge; do
    for format in text json; do
        measure "ssbtek-cli parse $size.xml ($(( $(stat -c %s "$work/$size.xml") / 1024 )) KB) --format $format" \
            "$cli" parse "$work/$size.xml" --config "$work/bench.ini" --format "$format"
    done
done
