#!/usr/bin/env bash
# Sets up this machine (Debian packages, KDSoap for Qt 6), builds with warnings as errors,
# and runs every test, then the same tests under ASan and UBSan. This is what CI runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash packaging/bootstrap.sh
. packaging/env.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
ctest --preset ci --parallel "$(nproc)"
# The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
ctest --preset asan --parallel "$(nproc)"
