#!/usr/bin/env bash
# Installs everything the project needs to build, run and test, from Debian only.
# Idempotent: a second run installs nothing and builds nothing.
#
#   packaging/bootstrap.sh            # as root (or with sudo available)
#   KDSOAP_PREFIX=/opt/x packaging/bootstrap.sh
#
# KDSoap for Qt 6: the system package where apt offers one (Debian 13, newer Ubuntu);
# otherwise Debian's kdsoap 2.2.0 source package (from trixie, fetched with a private
# apt configuration that leaves the system's sources untouched) is built into
# $KDSOAP_PREFIX. The file packaging/kdsoap-prefix.txt-style lookup is done by
# packaging/env.sh, which every other script sources.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=packaging/env.sh
. "$here/env.sh"

KDSOAP_VERSION=2.2.0

log() { printf 'bootstrap: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages=(
    build-essential cmake ninja-build pkg-config git ca-certificates python3 util-linux postgresql
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev libqt6svg6 qt6-qpa-plugins
    libssl-dev openssl libxml2-dev libxml2-utils libsimdjson-dev
    xvfb xauth x11-apps imagemagick poppler-utils desktop-file-utils appstream dpkg-dev
    fonts-dejavu-core file faketime clang-format
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon dbus-bin
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

apt_updated=0
apt_update_once() {
    if [ "$apt_updated" -eq 0 ]; then
        log "apt-get update"
        as_root apt-get update -qq
        apt_updated=1
    fi
}

if [ "${#missing[@]}" -gt 0 ]; then
    apt_update_once
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ---- KDSoap for Qt 6 -------------------------------------------------------------------
kdsoap_config_version() {   # prints the version of an installed KDSoap-qt6 config, if any
    local f
    for f in "$1"/lib/cmake/KDSoap-qt6/KDSoap-qt6ConfigVersion.cmake \
             "$1"/lib/*/cmake/KDSoap-qt6/KDSoap-qt6ConfigVersion.cmake; do
        [ -f "$f" ] && sed -n 's/^set(PACKAGE_VERSION "\(.*\)")/\1/p' "$f" && return 0
    done
    return 1
}

if [ -n "$(kdsoap_config_version /usr 2>/dev/null || true)" ]; then
    log "KDSoap for Qt 6 found in /usr"
    exit 0
fi

# A distribution package, where the release has one.
if apt-cache policy libkdsoap-qt6-dev 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    log "installing the distribution's KDSoap for Qt 6"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkdsoap-qt6-dev libkdsoap-server-qt6-dev 2>/dev/null \
        || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkdsoap-qt6-dev
    exit 0
fi

if [ "$(kdsoap_config_version "$KDSOAP_PREFIX" 2>/dev/null || true)" = "$KDSOAP_VERSION" ]; then
    log "KDSoap $KDSOAP_VERSION already built in $KDSOAP_PREFIX"
    exit 0
fi

# The machine's own Debian mirror, read from its apt sources; dated snapshot entries and
# the security archive are skipped (they do not carry trixie's sources).
debian_mirror() {
    local f
    {
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] || continue
            awk '$1 == "deb" || $1 == "deb-src" {
                     for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/ && $i ~ /:\/\//) { print $i; break }
                 }' "$f"
        done
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }' "$f"
        done
    } | grep -v -i -E 'snapshot|security' | grep -E '/debian/?$' | head -n 1
}

mirror=$(debian_mirror || true)
mirror=${mirror:-http://deb.debian.org/debian}
mirror=${mirror%/}
log "fetching Debian's kdsoap $KDSOAP_VERSION source from $mirror (trixie)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/apt/parts" "$work/apt/prefs" "$work/src"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$work/apt/sources.list"
aptopts=(
    -o "Dir::Etc::SourceList=$work/apt/sources.list"
    -o "Dir::Etc::SourceParts=$work/apt/parts"
    -o "Dir::Etc::PreferencesParts=$work/apt/prefs"
    -o "Dir::State::Lists=$work/apt/lists"
    -o "Dir::Cache=$work/apt/cache"
    -o "APT::Sandbox::User=root"
)
apt-get "${aptopts[@]}" update -qq
srcver=$(apt-cache "${aptopts[@]}" showsrc kdsoap | sed -n 's/^Version: //p' | grep "^$KDSOAP_VERSION" | head -n 1)
if [ -z "$srcver" ]; then
    log "error: trixie's sources offer no kdsoap $KDSOAP_VERSION (found: $(apt-cache "${aptopts[@]}" showsrc kdsoap | sed -n 's/^Version: //p' | tr '\n' ' '))"
    exit 1
fi
( cd "$work/src" && apt-get "${aptopts[@]}" source --download-only --tar-only "kdsoap=$srcver" )
tarball=$(ls "$work"/src/kdsoap_"$KDSOAP_VERSION"*.orig.tar.* | head -n 1)
tar -xf "$tarball" -C "$work/src"
srcdir=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d | head -n 1)

log "building KDSoap $KDSOAP_VERSION into $KDSOAP_PREFIX"
cmake -S "$srcdir" -B "$work/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$KDSOAP_PREFIX" \
    -DCMAKE_INSTALL_LIBDIR=lib \
    -DKDSoap_QT6=ON -DKDSoap_EXAMPLES=OFF -DKDSoap_DOCS=OFF -DKDSoap_TESTS=OFF \
    > "$work/configure.log" || { cat "$work/configure.log" >&2; exit 1; }
cmake --build "$work/build" --parallel "$(nproc)" > "$work/build.log" || { tail -n 50 "$work/build.log" >&2; exit 1; }
as_root cmake --install "$work/build" > /dev/null
log "KDSoap $(kdsoap_config_version "$KDSOAP_PREFIX") installed in $KDSOAP_PREFIX"
