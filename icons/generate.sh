#!/usr/bin/env bash
# Regenerates every icon file from the master artwork openenpc.svg. Never edit the outputs by hand.
# Tools (Debian packages): rsvg-convert (librsvg2-bin), icotool (icoutils), png2icns (icnsutils):
#   apt-get install librsvg2-bin icoutils icnsutils
# Outputs: icons/png/openenpc-<N>.png for N in 16..512, icons/openenpc.ico (Windows),
# icons/openenpc.icns (macOS), and a copy of the PNGs in the app's resources for the window icons.
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

SIZES=(16 24 32 48 64 128 256 512)
RES=../src/main/resources/org/openenpc/ui/icons
mkdir -p png "$RES"
rm -f png/openenpc-*.png "$RES"/openenpc-*.png

for n in "${SIZES[@]}"; do
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio openenpc.svg -o "png/openenpc-$n.png"
    cp "png/openenpc-$n.png" "$RES/openenpc-$n.png"
done

# Windows: 16..256 (an .ico entry is at most 256 px; 256 is stored PNG-compressed).
icotool --create --output openenpc.ico \
    png/openenpc-16.png png/openenpc-24.png png/openenpc-32.png png/openenpc-48.png \
    png/openenpc-64.png png/openenpc-128.png --raw=png/openenpc-256.png

# macOS: png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512).
png2icns openenpc.icns \
    png/openenpc-16.png png/openenpc-32.png png/openenpc-48.png \
    png/openenpc-128.png png/openenpc-256.png png/openenpc-512.png >/dev/null

ls -l png/*.png openenpc.ico openenpc.icns
