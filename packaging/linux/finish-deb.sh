#!/usr/bin/env bash
# Adds the freedesktop integration to the .deb that jpackage built (jpackage 17 can neither name
# its desktop file reverse-DNS nor put files under /usr/share):
#   /usr/share/applications/io.github.openenpc.OpenENPC.desktop
#   /usr/share/metainfo/io.github.openenpc.OpenENPC.metainfo.xml
#   /usr/share/icons/hicolor/<N>x<N>/apps/io.github.openenpc.OpenENPC.png (+ scalable SVG)
#   /usr/bin/openenpc: a sh script that runs the packaged java without the jpackage launcher (openenpc-bin.sh)
# and the agent's service, installed but never enabled or started by the package (issue 13):
#   /lib/systemd/system/openenpc-watch.service
#   /etc/openenpc/watch.conf (a conffile: dpkg keeps the administrator's edits on upgrade)
# All are owned by the package; Debian's desktop-file-utils and hicolor triggers refresh the caches.
# Usage: finish-deb.sh <project dir> <version>   (called by the pom's installer-linux profile)
set -euo pipefail
project=$1
version=$2
cd "$project"
id=io.github.openenpc.OpenENPC
deb=$(ls target/jpackage/out/openenpc_*.deb)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dpkg-deb -R "$deb" "$work/root"
root=$work/root
install -d "$root/usr/share/applications" "$root/usr/share/metainfo" "$root/usr/bin"
install -m 644 packaging/linux/$id.desktop "$root/usr/share/applications/$id.desktop"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
    packaging/linux/$id.metainfo.xml > "$root/usr/share/metainfo/$id.metainfo.xml"
chmod 644 "$root/usr/share/metainfo/$id.metainfo.xml"
for png in icons/png/openenpc-*.png; do
    n=${png##*-}; n=${n%.png}
    install -d "$root/usr/share/icons/hicolor/${n}x${n}/apps"
    install -m 644 "$png" "$root/usr/share/icons/hicolor/${n}x${n}/apps/$id.png"
done
install -d "$root/usr/share/icons/hicolor/scalable/apps"
install -m 644 icons/openenpc.svg "$root/usr/share/icons/hicolor/scalable/apps/$id.svg"
install -m 755 packaging/linux/openenpc-bin.sh "$root/usr/bin/openenpc"

# The agent's unit and its configuration. The maintainer scripts only reload systemd and restart
# the service on upgrade when it is already running, stop it on removal and forget its state on
# purge; enabling it is the administrator's choice (systemctl enable --now openenpc-watch).
install -d "$root/lib/systemd/system" "$root/etc/openenpc"
install -m 644 packaging/linux/openenpc-watch.service "$root/lib/systemd/system/openenpc-watch.service"
install -m 644 packaging/linux/watch.conf "$root/etc/openenpc/watch.conf"
grep -qsx /etc/openenpc/watch.conf "$root/DEBIAN/conffiles" || echo /etc/openenpc/watch.conf >> "$root/DEBIAN/conffiles"
chmod 644 "$root/DEBIAN/conffiles"

# jpackage also writes its own menu entry (lib/openenpc-openenpc.desktop, registered by
# xdg-desktop-menu in postinst/prerm): drop it so the menu shows one OpenENPC, ours.
rm -f "$root/opt/openenpc/lib/openenpc-openenpc.desktop"
sed -i '/xdg-desktop-menu/d' "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
sed -i -e 's/, xdg-utils\b//' "$root/DEBIAN/control"

# Maintainer-script lines for the unit, after jpackage's own (each script ends with "exit 0"
# after its case statement, so they go in before that line). Never "enable" or "start".
unit=openenpc-watch.service
add_before_exit() { # script, lines
    [ -f "$1" ] || printf '#!/bin/sh\nset -e\nexit 0\n' > "$1"
    chmod 755 "$1"
    local lines=$2
    awk -v add="$lines" '!done && /^exit 0$/ { print add; done = 1 } { print } END { if (!done) print add }' \
        "$1" > "$1.new" && cat "$1.new" > "$1" && rm "$1.new"
}
add_before_exit "$root/DEBIAN/postinst" "# $unit: reload systemd; restart the agent on upgrade only if it runs (never enable or start it)
if [ \"\$1\" = configure ] && [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null 2>&1 || true
    [ -z \"\$2\" ] || deb-systemd-invoke try-restart $unit >/dev/null 2>&1 || true
fi"
add_before_exit "$root/DEBIAN/prerm" "# $unit: stop the agent before its program goes
if [ \"\$1\" = remove ] && [ -d /run/systemd/system ]; then
    deb-systemd-invoke stop $unit >/dev/null 2>&1 || true
fi"
add_before_exit "$root/DEBIAN/postrm" "# $unit: forget whether it was enabled; the inventory in /var/lib/openenpc stays
if [ -d /run/systemd/system ]; then systemctl --system daemon-reload >/dev/null 2>&1 || true; fi
if [ \"\$1\" = purge ] && command -v deb-systemd-helper >/dev/null 2>&1; then
    deb-systemd-helper purge $unit >/dev/null 2>&1 || true
fi"

# The app's CDS archive (issue 14): JDK 17 records the jar's path, size and mtime in it and cannot
# move it, so postinst makes it in /opt/openenpc from the class list the build put beside the jar
# (-Xshare:dump only loads classes, it runs no app code) and checks it with -Xshare:on; a failure
# leaves no archive. prerm removes it before the jar it fits goes (remove, upgrade).
app=/opt/openenpc/lib/app
java=/opt/openenpc/lib/runtime/bin/java
add_before_exit "$root/DEBIAN/postinst" "# CDS archive of the start (issue 14); about 27 MiB, not counted in Installed-Size
if [ \"\$1\" = configure ] && [ -f $app/openenpc.classlist ] && [ -x $java ]; then
    rm -f $app/openenpc.jsa
    $java -Xshare:dump -XX:SharedClassListFile=$app/openenpc.classlist \\
        -XX:SharedArchiveFile=$app/openenpc.jsa -cp $app/openenpc.jar >/dev/null 2>&1 \\
        && $java -XX:SharedArchiveFile=$app/openenpc.jsa -Xshare:on -cp $app/openenpc.jar -version >/dev/null 2>&1 \\
        || rm -f $app/openenpc.jsa
fi"
add_before_exit "$root/DEBIAN/prerm" "# CDS archive (issue 14): made by postinst, it fits only this jar
rm -f $app/openenpc.jsa"

# Keep Installed-Size (KiB) true after adding files.
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
if [ -f "$root/DEBIAN/md5sums" ]; then
    (cd "$root" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | sort \
        | xargs md5sum) > "$work/md5sums" && mv "$work/md5sums" "$root/DEBIAN/md5sums"
fi
fakeroot dpkg-deb --build "$root" "$deb" >/dev/null
echo "finish-deb: $deb ($(du -k "$deb" | cut -f1) KiB, installed $size KiB)"
