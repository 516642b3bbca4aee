#!/usr/bin/env bash
# Renders the same video without and with a brand kit, and writes the README's two frames from them:
# docs/images/brand-none.png and docs/images/brand-kit.png, each the opening card beside a moment of the price scene.
# The inputs are the render benchmark's (bench/make_inputs.sh); the kit's logo is docs/brand/logo.svg.
# Usage: docs/brand/make-frames.sh [WORKDIR]   (default /tmp/reelforge-brand-frames). Needs: ffmpeg.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${1:-/tmp/reelforge-brand-frames}
IN="$WORK/inputs"
"$ROOT/bench/make_inputs.sh" "$IN" >/dev/null
cp "$ROOT/docs/brand/logo.svg" "$IN/logo.svg"
# the same spec with a kit: navy cards and badge, an orange accent, the rounded face, the logo
sed 's|^{$|{\n  "brandKit": {"logo": "logo.svg", "primaryColor": "#1D3557", "accentColor": "#F4A261", "font": "comfortaa"},|' \
  "$IN/spec.json" > "$IN/spec-kit.json"
"$ROOT/reelforge" render "$IN/spec.json" --out "$WORK/none.mp4" >/dev/null
"$ROOT/reelforge" render "$IN/spec-kit.json" --out "$WORK/kit.mp4" >/dev/null

# the price scene: the middle of the caption that says the price
price_at=$(awk '/-->/ {t=$1} /199/ {print t; exit}' "$WORK/none.vtt" | awk -F: '{print $1*3600+$2*60+$3+1.2}')
for name in none kit; do
  ffmpeg -hide_banner -loglevel error -y -ss 1.2 -i "$WORK/$name.mp4" -ss "$price_at" -i "$WORK/$name.mp4" \
    -filter_complex "[0:v]trim=end_frame=1,scale=360:-2[a];[1:v]trim=end_frame=1,scale=360:-2[b];\
[a][b]hstack=inputs=2" -frames:v 1 "$ROOT/docs/images/brand-$name.png"
done
echo "wrote docs/images/brand-none.png and docs/images/brand-kit.png"
