#!/usr/bin/env bash
# Adds the freedesktop integration to the .deb that jpackage built (jpackage 17 can neither name
# its desktop file reverse-DNS nor put files under /usr/share):
#   /usr/share/applications/io.github.openenpc.OpenENPC.desktop
#   /usr/share/metainfo/io.github.openenpc.OpenENPC.metainfo.xml
#   /usr/share/icons/hicolor/<N>x<N>/apps/io.github.openenpc.OpenENPC.png (+ scalable SVG)
#   /usr/bin/openenpc -> /opt/openenpc/bin/openenpc
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
ln -sf /opt/openenpc/bin/openenpc "$root/usr/bin/openenpc"

# jpackage also writes its own menu entry (lib/openenpc-openenpc.desktop, registered by
# xdg-desktop-menu in postinst/prerm): drop it so the menu shows one OpenENPC, ours.
rm -f "$root/opt/openenpc/lib/openenpc-openenpc.desktop"
sed -i '/xdg-desktop-menu/d' "$root/DEBIAN/postinst" "$root/DEBIAN/prerm"
sed -i -e 's/, xdg-utils\b//' "$root/DEBIAN/control"

# Keep Installed-Size (KiB) true after adding files.
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
if [ -f "$root/DEBIAN/md5sums" ]; then
    (cd "$root" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | sort \
        | xargs md5sum) > "$work/md5sums" && mv "$work/md5sums" "$root/DEBIAN/md5sums"
fi
fakeroot dpkg-deb --build "$root" "$deb" >/dev/null
echo "finish-deb: $deb ($(du -k "$deb" | cut -f1) KiB, installed $size KiB)"
