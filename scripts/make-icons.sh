#!/usr/bin/env bash
# The toolbar mark: a blue rounded square holding two form lines and a check (Applyfill fills, you check).
# Drawn once at 512 px with ImageMagick, then scaled to the sizes the manifest names. Run: bash scripts/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=public/icon
mkdir -p "$out"
big=$(mktemp --suffix=.png)
convert -size 512x512 xc:none \
  -fill '#0969da' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill white -draw 'roundrectangle 104,132 408,180 24,24' \
  -draw 'roundrectangle 104,232 300,280 24,24' \
  -stroke white -strokewidth 52 -fill none -draw 'polyline 120,360 200,432 392,296' \
  "$big"
for size in 16 32 48 128; do
  convert "$big" -filter Lanczos -resize "${size}x${size}" -strip "$out/$size.png"
done
rm -f "$big"
echo "icons: $(ls "$out" | tr '\n' ' ')"
