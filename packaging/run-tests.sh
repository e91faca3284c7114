#!/usr/bin/env bash
# Sets up this machine (Debian packages, KDSoap for Qt 6), builds with warnings as errors,
# and runs every test, then the same tests under ASan and UBSan. This is what CI runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash packaging/bootstrap.sh
# The code as clang-format writes it (packaging/check-format.sh --fix formats it).
bash packaging/check-format.sh
. packaging/env.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
ctest --preset ci --parallel "$(nproc)"
# The date-sensitive tests again on the days date bugs show (1st of a month, New Year, a leap
# day, the nights the clocks change), with the system clock moved by faketime.
bash tests/run-on-dates.sh build/ci
# The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
ctest --preset asan --parallel "$(nproc)"
