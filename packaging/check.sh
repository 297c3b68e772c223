#!/usr/bin/env bash
# Builds the installers (mvn -Pinstaller package) and smoke-tests them without installing:
# the app-image's launcher and the launcher inside the unpacked .deb must print --version and
# scan --help with no display and no writable home; under Xvfb (when present) the .deb's launcher
# must open the demo window; the .deb carries the agent's systemd unit and conffile, not enabled, and
# systemd-analyze (when present) accepts the unit. Called by .ci/run; usable alone after `mvn verify`.
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
    # A real scan in the packaged runtime, of its own simulator on loopback: ENPC, SNMP and IPP (a module
    # missing from the trimmed runtime once made every packaged scan hang; java.net.http, issue 14).
    local sim
    env -u DISPLAY -u WAYLAND_DISPLAY HOME=$nohome "$1" simulate --count 3 --base 127.0.77.201 --port 23391 \
        --profile office --snmp-port 16391 --ipp-port 18631 --seconds 60 >/dev/null 2>&1 &
    sim=$!
    sleep 3
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME=$nohome OPENENPC_DATA_DIR=$nohome timeout 60 "$1" scan \
        --range 127.0.77.201-203 --port 23391 --snmp-port 16391 --ipp-probe --ipp-port 18631 --no-record \
        --format csv 2>&1) || { kill $sim 2>/dev/null; fail "$1 scan of its simulator: $out"; }
    kill $sim 2>/dev/null; wait $sim 2>/dev/null || true
    [ "$(echo "$out" | grep -c '^127\.0\.77\.20[123],')" = 3 ] || fail "$1 scan found not the 3 simulated printers: $out"
    echo "$out" | grep -q 'IPP' || fail "$1 scan read no printer over IPP: $out"
    echo "  $1 scan of 3 simulated printers (ENPC, SNMP, IPP): ok"
}

# The jar workflow (issue 14): the build's class-data archive beside the jar maps (-Xshare:on fails if it
# cannot), and the launcher beside them starts the command line with it. The tests run before the jar exists,
# so this is where a build that silently made no archive is caught.
[ -f target/openenpc.jsa ] || fail "the build made no target/openenpc.jsa (see target/cds/training.log)"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u JAVA_TOOL_OPTIONS HOME=$nohome java -Xshare:on \
    -XX:SharedArchiveFile=target/openenpc.jsa -jar target/openenpc.jar --version 2>&1) \
    || fail "target/openenpc.jsa does not map onto target/openenpc.jar: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME=$nohome target/openenpc --version 2>&1) && echo "$out" | grep -q OpenENPC \
    || fail "target/openenpc --version: $out"
echo "jar: target/openenpc.jar with target/openenpc.jsa ($(du -sh target/openenpc.jsa | cut -f1)), target/openenpc --version ok"

echo "app-image: $image ($(du -sh "$image" | cut -f1))"
# JavaFX is linked into the runtime as modules, its native libraries in the runtime's lib/ (issue 14).
modules=$("$image/lib/runtime/bin/java" --list-modules)
for m in javafx.base javafx.graphics javafx.controls javafx.fxml; do
    grep -q "^$m@" <<< "$modules" || fail "the packaged runtime lacks the module $m"
done
[ -f "$image/lib/runtime/lib/libglass.so" ] || fail "the packaged runtime lacks JavaFX's native libraries (lib/libglass.so)"
! unzip -Z1 "$image/lib/app/openenpc.jar" | grep -q '^javafx/' || fail "the packaged jar still holds JavaFX's classes"
echo "  runtime: JavaFX as modules, $(ls "$image/lib/runtime/lib" | grep -c 'javafx\|glass\|prism\|decora') native libraries in lib/"
run_cli "$image/bin/openenpc"
# Start-up (issue 14): the runtime has its own CDS archive of the JDK's classes, and the app-image's
# launcher maps the app's archive (-Xshare:on fails if it cannot; class+load names where Cli came from).
[ -f "$image/lib/runtime/lib/server/classes.jsa" ] || fail "the runtime has no CDS archive (the pom's runtime-cds step: java -Xshare:dump)"
[ -f "$image/lib/app/openenpc.jsa" ] || fail "the app-image has no CDS archive (see target/jpackage/cds/)"
out=$(env -u DISPLAY JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info" HOME=$nohome "$image/bin/openenpc" --version 2>&1) \
    || fail "the app-image's launcher refuses its CDS archive: $(echo "$out" | grep -v '^\[' | head -3)"
# (a here-string, not echo | grep -q: grep stops at the match and, with pipefail, echo's SIGPIPE would fail)
grep -q "org.openenpc.cli.Cli source: shared objects file" <<< "$out" \
    || fail "the app-image's launcher does not map its CDS archive"
echo "  $image/bin/openenpc maps lib/app/openenpc.jsa ($(du -h "$image/lib/app/openenpc.jsa" | cut -f1))"

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
# /usr/bin/openenpc is our sh script (no jpackage launcher, so no `dpkg -S` at each start; issue 14): it must run
# the same commands with the packaged runtime, from the options in lib/app/openenpc.cfg.
head -1 "$unpacked/usr/bin/openenpc" | grep -qx '#!/bin/sh' || fail "/usr/bin/openenpc is not the sh launcher"
grep -q '^app.mainclass=' "$unpacked/opt/openenpc/lib/app/openenpc.cfg" || fail "openenpc.cfg has no app.mainclass"
out=$(env -u DISPLAY HOME=$nohome sh -x "$unpacked/usr/bin/openenpc" --version 2>&1)
echo "$out" | grep -q "^+ exec $unpacked/opt/openenpc/lib/runtime/bin/java .* -cp $unpacked/opt/openenpc/lib/app/openenpc.jar org.openenpc.Main --version" \
    || fail "/usr/bin/openenpc fell back to the jpackage launcher or ran another java: $out"
run_cli "$unpacked/usr/bin/openenpc"
# The .deb ships the class list; its postinst makes the archive in /opt/openenpc (issue 14).
[ -f "$unpacked/opt/openenpc/lib/app/openenpc.classlist" ] || fail ".deb lacks /opt/openenpc/lib/app/openenpc.classlist"
[ ! -e "$unpacked/opt/openenpc/lib/app/openenpc.jsa" ] || fail ".deb ships a CDS archive made for another folder"

# The agent's service (issue 13): the unit and its conffile are in the .deb, the maintainer scripts
# never enable or start it, systemd accepts the unit, and watch knows the options watch.conf gives.
for f in lib/systemd/system/openenpc-watch.service etc/openenpc/watch.conf; do
    [ -f "$unpacked/$f" ] || fail ".deb lacks /$f"
done
dpkg-deb -e "$deb" "$unpacked/DEBIAN"
grep -qx /etc/openenpc/watch.conf "$unpacked/DEBIAN/conffiles" 2>/dev/null \
    || fail "/etc/openenpc/watch.conf is not a conffile of the .deb"
grep -q -- "-Xshare:dump" "$unpacked/DEBIAN/postinst" || fail "the .deb's postinst does not make the CDS archive"
for script in postinst preinst; do
    [ -f "$unpacked/DEBIAN/$script" ] || continue
    if grep -v '^[[:space:]]*#' "$unpacked/DEBIAN/$script" | grep -Eq '\b(enable|start)\b'; then
        fail "the .deb's $script enables or starts a service: $(grep -nE '\b(enable|start)\b' "$unpacked/DEBIAN/$script" | grep -v '^[0-9]*:[[:space:]]*#')"
    fi
done
echo "  openenpc-watch.service and the conffile /etc/openenpc/watch.conf are in the .deb, not enabled by postinst"
if command -v systemd-analyze >/dev/null 2>&1; then
    # verify wants ExecStart's program and the EnvironmentFile to exist: point them into the unpacked tree.
    verify=$(mktemp -d)
    sed -e "s:/opt/openenpc/bin/openenpc:$unpacked/opt/openenpc/bin/openenpc:" \
        -e "s:/etc/openenpc/watch.conf:$unpacked/etc/openenpc/watch.conf:" \
        "$unpacked/lib/systemd/system/openenpc-watch.service" > "$verify/openenpc-watch.service"
    out=$(systemd-analyze verify --man=no --generators=no "$verify/openenpc-watch.service" 2>&1) \
        && [ -z "$out" ] || { rm -rf "$verify"; fail "systemd-analyze verify openenpc-watch.service: $out"; }
    echo "  systemd-analyze verify openenpc-watch.service: ok"
    # --threshold is in tenths of the exposure level it prints (20 = 2.0; the unit scores 1.4).
    if systemd-analyze security --help 2>&1 | grep -q -- --offline; then
        out=$(systemd-analyze security --offline=yes --threshold=20 "$verify/openenpc-watch.service" 2>&1) \
            || { rm -rf "$verify"; fail "openenpc-watch.service is less hardened than before: $out"; }
        echo "  systemd-analyze security: $(echo "$out" | grep -o 'exposure level.*' | tail -1)"
    fi
    rm -rf "$verify"
else
    echo "  (no systemd-analyze: openenpc-watch.service not verified)"
fi
help=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME=$nohome "$unpacked/opt/openenpc/bin/openenpc" watch --help 2>&1) \
    || fail "watch --help: $help"
for opt in $(sed -n 's/^OPENENPC_WATCH_ARGS="\(.*\)"$/\1/p' "$unpacked/etc/openenpc/watch.conf" | grep -oE -- '--[a-z-]+'); do
    echo "$help" | grep -q -- "$opt\b" || fail "watch.conf passes $opt, which watch --help does not list"
done

# The window, from the unpacked .deb, under a private Xvfb, demo printers on loopback only.
if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
    HOME=$nohome timeout 120 xvfb-run -a bash -c '
        "$1" --demo >/dev/null 2>"$2" &
        pid=$!
        wid=$(timeout 60 xdotool search --sync --onlyvisible --class org.openenpc.ui.OpenEnpcApp | head -1)
        kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
        [ -n "$wid" ]' _ "$unpacked/opt/openenpc/bin/openenpc" "$unpacked/window.err" \
        || fail "the packaged app opened no window under Xvfb: $(head -5 "$unpacked/window.err")"
    ! grep -q "Unsupported JavaFX configuration" "$unpacked/window.err" \
        || fail "the packaged window loaded JavaFX from the class path: $(grep -m1 Unsupported "$unpacked/window.err")"
    echo "  $unpacked/opt/openenpc/bin/openenpc --demo: window opened under Xvfb (home not writable), JavaFX from modules"
else
    echo "  (no xvfb-run/xdotool: packaged window not checked)"
fi
echo "packaging checks passed"
