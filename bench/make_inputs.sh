#!/usr/bin/env bash
# Makes the render benchmark's inputs, reproducibly: five product-like JPEGs of different sizes and shapes
# (FFmpeg lavfi gradients, fixed noise seeds), a 30.000 s mono narration (espeak-ng when installed, else a tone
# with pauses), and spec.json for `./reelforge render`, with the narration's text for the captions.
# Usage: bench/make_inputs.sh [DIR]   (default /tmp/reelforge-bench/inputs). Needs: ffmpeg.
set -euo pipefail
OUT=${1:-/tmp/reelforge-bench/inputs}
mkdir -p "$OUT"
command -v ffmpeg >/dev/null || { echo "bench needs the ffmpeg command: apt-get install ffmpeg" >&2; exit 1; }
BX=(-hide_banner -loglevel error -y -fflags +bitexact)

IMAGES=(
  "p1 1200x1200 0x1b2a49 0x4a6fa5 0xe8e8e8"
  "p2 800x1000  0xf2e6d9 0xc9a27e 0x2f4858"
  "p3 2000x1500 0x101010 0x505050 0xd94f30"
  "p4 1080x1350 0xe0f2f1 0x80cbc4 0x6d4c41"
  "p5 1600x900  0xfff8e1 0xffca28 0x37474f"
)
i=0
for spec in "${IMAGES[@]}"; do
  read -r name size ca cb cp <<<"$spec"
  w=${size%x*}; h=${size#*x}
  i=$((i+1))
  [ -s "$OUT/$name.jpg" ] && continue
  ffmpeg "${BX[@]}" \
    -f lavfi -i "gradients=s=${w}x${h}:c0=${ca}:c1=${cb}:nb_colors=2:seed=${i}:x0=0:y0=0:x1=${w}:y1=${h}:d=1:r=1" \
    -vf "format=yuv420p,noise=alls=6:allf=t:all_seed=$((1000+i)),\
drawbox=x=iw*0.27:y=ih*0.72:w=iw*0.46:h=ih*0.05:color=black@0.35:t=fill,\
drawbox=x=iw*0.25:y=ih*0.18:w=iw*0.5:h=ih*0.55:color=${cp}:t=fill,\
drawbox=x=iw*0.30:y=ih*0.22:w=iw*0.12:h=ih*0.40:color=white@0.25:t=fill,\
drawbox=x=iw*0.25:y=ih*0.18:w=iw*0.5:h=ih*0.55:color=black@0.6:t=6" \
    -frames:v 1 -flags:v +bitexact -q:v 3 "$OUT/${name}.jpg"
done

S1="Meet the Aurora smartwatch, the companion that keeps up with your day."
S2="Its bright always-on display is easy to read in full sunlight, and the battery lasts a full week on a single charge."
S3="Track your runs, your sleep and your heart rate, answer messages from your wrist, and pay with a tap."
S4="Water resistant to fifty meters, in five colors, for just 199 dollars."
S5="Order today and get free shipping plus a thirty-day return guarantee."

if [ ! -s "$OUT/narration.wav" ]; then
  tmpwav=$(mktemp --suffix=.wav)
  if command -v espeak-ng >/dev/null && espeak-ng -v en-us -s 150 -w "$tmpwav" "$S1 $S2 $S3 $S4 $S5" 2>/dev/null \
      && [ -s "$tmpwav" ]; then
    src=(-i "$tmpwav"); echo "narration: espeak-ng"
  else
    # no speech engine: a tone that pulses like speech, so AAC has something to encode
    src=(-f lavfi -i "sine=frequency=220:sample_rate=48000:duration=30,volume='0.3+0.3*sin(2*PI*t*3)':eval=frame")
    echo "narration: tone (install espeak-ng for speech)"
  fi
  ffmpeg "${BX[@]}" "${src[@]}" -af "aresample=48000,apad=whole_dur=30,atrim=0:30" \
    -ac 1 -ar 48000 -c:a pcm_s16le -flags:a +bitexact "$OUT/narration.wav"
  rm -f "$tmpwav"
fi

cat > "$OUT/spec.json" <<JSON
{
  "title": "Aurora Smartwatch",
  "brand": "Aurora",
  "price": 199,
  "currency": "USD",
  "callToAction": "Order today",
  "format": "9:16",
  "captions": true,
  "images": ["p1.jpg", "p2.jpg", "p3.jpg", "p4.jpg", "p5.jpg"],
  "narrationAudio": "narration.wav",
  "scenes": [
    {"narration": "$S1", "image": 0},
    {"narration": "$S2", "image": 1},
    {"narration": "$S3", "image": 2},
    {"narration": "$S4", "image": 3, "emphasis": "price"},
    {"narration": "$S5", "image": 4}
  ]
}
JSON
echo "inputs in $OUT"
