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
    n=90
    while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null' EXIT
    export DISPLAY=":$n"
    echo "run-app: no display here; the window runs on the virtual display $DISPLAY (Xvfb)." >&2
    echo "run-app: to see it: DISPLAY=$DISPLAY import -window root shot.png" >&2
    sleep 1
    "$app" "$@"
    exit $?
fi
exec "$app" "$@"
