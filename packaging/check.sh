#!/usr/bin/env bash
# Builds the installers (mvn -Pinstaller package) and smoke-tests them without installing:
# the app-image's launcher and the launcher inside the unpacked .deb must print --version and
# scan --help with no display and no writable home; under Xvfb (when present) the .deb's launcher
# must open the demo window. Called by .ci/run; usable alone after `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Pinstaller package -DskipTests
image=target/jpackage/out/openenpc
deb=$(ls target/jpackage/out/openenpc_*.deb)
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -1)
nohome=/proc/openenpc-no-home   # cannot be created, even by root

fail() { echo "packaging check FAILED: $*" >&2; exit 1; }

run_cli() { # launcher
    local out
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME=$nohome "$1" --version 2>&1) || fail "$1 --version: $out"
    echo "$out" | grep -q "OpenENPC" || fail "$1 --version printed: $out"
    [ -z "$version" ] || echo "$out" | grep -qF "$version" || fail "$1 --version lacks $version: $out"
    echo "  $1 --version: $(echo "$out" | head -1)"
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME=$nohome "$1" scan --help 2>&1) || fail "$1 scan --help: $out"
    echo "$out" | grep -q -- "--broadcast" || fail "$1 scan --help printed: $out"
    echo "  $1 scan --help: ok ($(echo "$out" | wc -l) lines)"
}

echo "app-image: $image ($(du -sh "$image" | cut -f1))"
run_cli "$image/bin/openenpc"

echo "deb: $deb ($(du -h "$deb" | cut -f1))"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
dpkg-deb -f "$deb" Depends | grep -q "libgtk-3-0" || fail ".deb does not depend on libgtk-3-0"
for f in usr/share/applications/io.github.openenpc.OpenENPC.desktop \
         usr/share/metainfo/io.github.openenpc.OpenENPC.metainfo.xml \
         usr/share/icons/hicolor/16x16/apps/io.github.openenpc.OpenENPC.png \
         usr/share/icons/hicolor/512x512/apps/io.github.openenpc.OpenENPC.png \
         usr/bin/openenpc opt/openenpc/bin/openenpc; do
    [ -e "$unpacked/$f" ] || [ -L "$unpacked/$f" ] || fail ".deb lacks /$f"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate --no-hints "$unpacked/usr/share/applications/io.github.openenpc.OpenENPC.desktop" \
        || fail "desktop file does not validate"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$unpacked/usr/share/metainfo/io.github.openenpc.OpenENPC.metainfo.xml" \
        >/dev/null || fail "metainfo does not validate"
fi
run_cli "$unpacked/opt/openenpc/bin/openenpc"

# The window, from the unpacked .deb, under a private Xvfb, demo printers on loopback only.
if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
    HOME=$nohome timeout 120 xvfb-run -a bash -c '
        "$1" --demo >/dev/null 2>&1 &
        pid=$!
        wid=$(timeout 60 xdotool search --sync --onlyvisible --class org.openenpc.ui.OpenEnpcApp | head -1)
        kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
        [ -n "$wid" ]' _ "$unpacked/opt/openenpc/bin/openenpc" \
        || fail "the packaged app opened no window under Xvfb"
    echo "  $unpacked/opt/openenpc/bin/openenpc --demo: window opened under Xvfb (home not writable)"
else
    echo "  (no xvfb-run/xdotool: packaged window not checked)"
fi
echo "packaging checks passed"
