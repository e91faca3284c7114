#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60), seeded
# with the project's fixtures. Prints executions and crashes; a crash leaves its input in
# build/fuzz/crashes/ — turn it into a regression test.
#   tests/fuzz/run-fuzzers.sh [SECONDS]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
. "$root/packaging/env.sh"
build=$root/build/fuzz
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$KDSOAP_PREFIX" \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DSSBTEK_FUZZ=ON >/dev/null || exit 1
cmake --build "$build" --parallel "$(nproc)" >/dev/null || exit 1
fixtures=$root/tests/unit/fixtures
mkdir -p "$build/crashes"
status=0
for target in answer csn lefi skv personnummer; do
    corpus=$build/corpus/$target
    mkdir -p "$corpus"
    case $target in
    answer) cp "$fixtures"/answer-*.xml "$corpus"/ ;;
    csn) cp "$fixtures"/csn-*.xml "$corpus"/ ;;
    lefi) cp "$fixtures"/lefi-*.json "$corpus"/ ;;
    skv) cp "$fixtures"/skv-*.json "$corpus"/ ;;
    personnummer) printf '850412-9829' > "$corpus/a"; printf '19850412-9829' > "$corpus/b"; printf '850472-9826' > "$corpus/c" ;;
    esac
    log=$build/$target.log
    "$build/tests/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -artifact_prefix="$build/crashes/$target-" >"$log" 2>&1
    rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [ -z "$runs" ] && runs=$(grep -Eo '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
    if [ $rc -eq 0 ]; then echo "fuzz_$target: ${runs:-?} executions in ${seconds}s, no crash"
    else echo "fuzz_$target: CRASH after ${runs:-?} executions — see $log and build/fuzz/crashes/"; status=1; fi
done
exit $status
