#!/usr/bin/env bash
# Sets up this machine, builds the application and starts the caseworker's window. With
# nothing configured it runs against the built-in simulator (fictitious test persons).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash packaging/bootstrap.sh
. packaging/env.sh
cmake --preset default
cmake --build --preset default --parallel "$(nproc)"
app=build/default/app/gui/ssbtek-client
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-app: no display here; starting on a virtual X display (Xvfb)." >&2
    echo "run-app: for a screenshot: DISPLAY=\$(the display xvfb-run chose) import -window root shot.png" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
