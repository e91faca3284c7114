#!/usr/bin/env bash
# Takes the screenshots of the README and the guides (English, and Swedish in sv/) on a
# virtual display.
#   tests/gui/take-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/ci}
out=${2:-$root/resources/screenshots}
cmake --build "$build" --target ssbtek-screenshots >/dev/null
export SSBTEK_NOW=${SSBTEK_NOW:-2026-11-16T10:00:00} # a fixed day: the pictures do not change with the calendar
xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/gui/ssbtek-screenshots" "$out" en
xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/gui/ssbtek-screenshots" "$out/sv" sv
xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/gui/ssbtek-screenshots" "$out/dark" en dark
ls "$out"/*.png "$out"/sv/*.png "$out"/dark/*.png
