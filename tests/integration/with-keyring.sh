#!/usr/bin/env bash
# Runs a command beside a real GNOME Keyring of its own: a private D-Bus session, a throw-away
# home (the keyring file lives there) and a login keyring created and unlocked with a test
# password. The person's own keyring and session bus are never touched.
#   with-keyring.sh COMMAND [ARG…]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (packaging/bootstrap.sh installs it)" >&2; exit 1; }
done
home=$(mktemp -d /tmp/ssbtek-keyring-XXXXXX)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME=$home XDG_RUNTIME_DIR=$home/run XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config
export XDG_CURRENT_DESKTOP=GNOME # QtKeychain then asks the Secret Service (libsecret)
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
    # --unlock with a password on stdin creates the login keyring and unlocks it.
    printf %s test-only-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
