#!/usr/bin/env bash
# Makes the Debian package from a finished build, unpacks it into a throw-away root and runs
# the installed programs from there: the CLI (version, Swedish help, a lookup against the
# built-in simulator) and the window offscreen. Checks the package's dependencies, the
# desktop entry, AppStream metainfo, icons, man pages and that KDSoap is found through the
# programs' own run path, not the build machine's.
#
#   tests/install/package-test.sh BUILD_DIR
# Every grep reads a variable, never a pipe: with pipefail, grep -q ending a pipe early would
# fail the writer (SIGPIPE) and so the check.
set -euo pipefail
build=${1:?usage: package-test.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
note() { echo "package-test: $*"; }

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/pkg/*.deb)
note "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6charts6 libxml2 libssl3 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -qE "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d: $depends"
done

root=$work/root
dpkg-deb -x "$deb" "$root"
app_id=se.ssbtek.Client
for f in usr/bin/ssbtek-client usr/bin/ssbtek-cli usr/bin/ssbtek-sim usr/bin/ssbtek-gateway \
         usr/lib/systemd/system/ssbtek-gateway.service usr/share/man/man1/ssbtek-gateway.1.gz \
         usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/doc/ssbtek-client/copyright \
         usr/share/man/man1/ssbtek-cli.1.gz usr/share/man/man1/ssbtek-sim.1.gz usr/share/man/man1/ssbtek-client.1.gz; do
    [ -s "$root/$f" ] || fail "missing $f"
done
for s in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png
    [ -s "$png" ] || fail "missing ${s}x${s} icon"
    grep -q "$s x $s" <<<"$(file "$png")" || fail "the ${s}x${s} icon is $(file -b "$png")"
done

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log" >&2; fail "appstreamcli validate"; }
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done

# KDSoap: shipped under the private prefix and found through $ORIGIN, or a system dependency.
if [ -e "$root/usr/lib/ssbtek-client/lib/libkdsoap-qt6.so.2" ]; then
    grep -q kdsoap <<<"$depends" && fail "KDSoap is both shipped and a dependency"
    for b in ssbtek-client ssbtek-cli ssbtek-sim ssbtek-gateway; do
        runpath=$(readelf -d "$root/usr/bin/$b" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')
        [ "$runpath" = '$ORIGIN/../lib/ssbtek-client/lib' ] || fail "$b run path is '$runpath'"
        libs=$(ldd "$root/usr/bin/$b") # whole, before grep: grep -q would end the pipe early
        grep -qE "libkdsoap(-server)?-qt6.so.2 => $root/usr/(bin/\.\./)?lib/ssbtek-client/lib/" <<<"$libs" \
            || fail "$b does not find the shipped KDSoap: $(grep kdsoap <<<"$libs")"
    done
    note "KDSoap shipped in /usr/lib/ssbtek-client/lib, found through \$ORIGIN"
else
    grep -q kdsoap <<<"$depends" || fail "KDSoap is neither shipped nor a dependency"
    note "KDSoap is a dependency: $(grep -o 'libkdsoap[^,]*' <<<"$depends" | head -1)"
fi

# The installed programs, with a clean environment and a home of their own.
home=$work/home
mkdir -p "$home"
run() { env -i HOME="$home" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen "$@"; }
version=$(run "$root/usr/bin/ssbtek-cli" --version)
[ "$version" = "ssbtek-cli $(dpkg-deb -f "$deb" Version)" ] || fail "ssbtek-cli --version said '$version'"
help=$(run "$root/usr/bin/ssbtek-cli" --lang sv --help)
grep -q "^Kommandon:" <<<"$help" || fail "no Swedish help"
run "$root/usr/bin/ssbtek-sim" --version >/dev/null || fail "ssbtek-sim --version"
run "$root/usr/bin/ssbtek-gateway" --version >/dev/null || fail "ssbtek-gateway --version"
# Without a configuration it says so and exits 1; it never starts half-configured.
run "$root/usr/bin/ssbtek-gateway" --config "$work/none.conf" --check 2>/dev/null && fail "ssbtek-gateway ran without a configuration"
[ $? -eq 1 ] || fail "ssbtek-gateway without a configuration: exit $?"
out=$(run "$root/usr/bin/ssbtek-cli" --lang sv --format text query --person 19850412-9829 --from 2026-01-01 --to 2026-03-31 --case-id SOC-1 --current-case) \
    || fail "lookup against the built-in simulator: exit $?"
grep -q "^Aktivitetsrapport: 200" <<<"$out" || fail "lookup printed: $out"
run "$root/usr/bin/ssbtek-cli" audit verify >/dev/null || fail "audit verify after the lookup"
run "$root/usr/bin/ssbtek-client" --lang sv --screenshot "$work/window.png" || fail "the window did not start"
grep -q "PNG image data" <<<"$(file "$work/window.png")" || fail "no screenshot of the window"
note "installed programs ran: $version, a lookup, audit verify, the window offscreen"

# A real installation's dependency resolution, without installing (needs apt and root).
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    apt-get install --simulate -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt cannot resolve the dependencies"; }
    note "apt resolves the package's dependencies"
fi
note "ok"
