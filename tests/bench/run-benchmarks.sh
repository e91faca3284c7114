#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints their results: tests/bench/run-benchmarks.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
cmake --build "$build" --target bench_parse ssbtek-cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
