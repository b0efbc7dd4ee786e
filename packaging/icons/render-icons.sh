#!/bin/sh
# Renders the PNG sizes of the application icon from its SVG source (librsvg2-bin). The PNGs are
# kept in the tree so that a build needs no SVG renderer; run this after changing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" io.github.postwright.Postwright.svg \
        -o "hicolor/${size}x${size}/apps/io.github.postwright.Postwright.png"
done
