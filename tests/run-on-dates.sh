#!/usr/bin/env bash
# Runs the date-sensitive tests (CLI, window, simulator, diff, log follow-up, retention) on the
# days a date bug shows: the 1st of a month, New Year's Eve late evening (the run crosses
# midnight), just after New Year, a leap day, and both nights the clocks change in
# Europe/Stockholm. The system clock is moved with faketime (Debian's faketime package) and
# the program's own clock fixed at the same instant (SSBTEK_NOW), so both agree.
#
#   tests/run-on-dates.sh [BUILD_DIR]      (default: build/ci)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/ci}
command -v faketime >/dev/null || { echo "run-on-dates: faketime is not installed (apt install faketime)" >&2; exit 1; }
[ -f "$build/CTestTestfile.cmake" ] || { echo "run-on-dates: no test build in $build" >&2; exit 1; }

tests='^(tst_cli|tst_mainwindow|tst_swedish|tst_simulator|tst_diff|tst_followup|tst_store|tst_settingsdialog)$'
# "TZ|local time": each a moment just before the change it tests.
moments=(
    "Europe/Stockholm|2026-12-01 00:00:20"  # the 1st of a month, just after midnight
    "Europe/Stockholm|2026-12-31 23:59:40"  # New Year's Eve: the run crosses into 2027
    "Europe/Stockholm|2027-01-01 00:00:20"  # New Year's Day
    "Europe/Stockholm|2028-02-29 09:00:00"  # a leap day
    "Europe/Stockholm|2027-03-28 01:59:40"  # the clocks go forward at 02:00
    "Europe/Stockholm|2026-10-25 02:59:40"  # the clocks go back at 03:00
    "UTC|2026-12-31 23:59:40"               # New Year's Eve where local time is UTC
)
failed=()
for m in "${moments[@]}"; do
    tz=${m%%|*}
    at=${m#*|}
    echo "== $at ($tz) =="
    if ! (cd "$build" && TZ=$tz SSBTEK_NOW="${at/ /T}" faketime "$at" \
            ctest -R "$tests" --output-on-failure --parallel "$(nproc)" --timeout 300); then
        failed+=("$at ($tz)")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    printf 'run-on-dates: failed on %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "run-on-dates: every date passed"
