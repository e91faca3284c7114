#!/usr/bin/env bash
# Sets up this machine (Debian packages, KDSoap for Qt 6), builds with warnings as errors,
# and runs every test. This is what CI runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash packaging/bootstrap.sh
. packaging/env.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
ctest --preset ci --parallel "$(nproc)"
