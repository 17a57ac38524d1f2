#!/usr/bin/env sh
# Render the PNG icons from galley.svg. Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin).
# electron-builder takes these: Linux uses the folder (NxN.png names), Windows makes its .ico from 256x256.png,
# macOS makes its .icns from 1024x1024.png. Commit the PNGs after re-rendering.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --output "${size}x${size}.png" galley.svg
done
