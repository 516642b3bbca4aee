#!/usr/bin/env bash
# Memory of the renderer: peak RSS of one 30 s 1080x1920 render (the benchmark's spec), and resident memory
# after each of N consecutive renders in one process (a 6 s 720x1280 video, to keep it short), which shows whether
# native memory (FFmpeg contexts, direct frame buffers) grows from render to render.
#   bench/memory.sh            N=50, BENCH_DIR=/tmp/reelforge-bench; JAVA_OPTS passed to the JVM (e.g. -Xmx256m)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}
N=${N:-50}
"$here/make_inputs.sh" "$DIR/inputs" >/dev/null
mkdir -p "$DIR/out"
. "$root/.mvn/find-jdk.sh"
jar="$root/standalone/target/standalone-0.1.0-SNAPSHOT-exec.jar"
[ -f "$jar" ] || "$root/reelforge" --version >/dev/null   # builds it once
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
reelforge=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector ${JAVA_OPTS:-} -jar "$jar")

/usr/bin/time -f "%e %M" -o "$DIR/out/time.txt" "${reelforge[@]}" render "$DIR/inputs/spec.json" \
  --format 9:16@1080 --out "$DIR/out/render-1080.mp4" >/dev/null
read -r wall rss <"$DIR/out/time.txt"
echo "1080x1920, 30 s: wall ${wall} s, peak RSS $((rss / 1024)) MiB (JVM options: ${JAVA_OPTS:-none})"

# a 6 s two-scene spec for the repeated renders
ffmpeg -v error -y -i "$DIR/inputs/narration.wav" -t 6 "$DIR/inputs/short.wav"
cat >"$DIR/inputs/short.json" <<JSON
{"title": "Aurora Smartwatch", "brand": "Aurora", "price": 199, "currency": "USD",
 "images": ["p1.jpg", "p3.jpg"], "narrationAudio": "short.wav",
 "scenes": [{"narration": "Meet the Aurora smartwatch.", "image": 0},
            {"narration": "Just 199 dollars, free shipping.", "image": 1, "emphasis": "price"}]}
JSON
"${reelforge[@]}" render "$DIR/inputs/short.json" --repeat "$N" --out "$DIR/out/short.mp4" \
  | tee "$DIR/out/repeat.log" | grep -E "^render (1|2|5|10|20|30|40|$N):"
awk -v n="$N" '/^render [0-9]+:/ { r[$2+0] = $(NF-1) }
  END { printf "resident after render 5: %d MiB, after render %d: %d MiB, growth %+d MiB\n", r[5], n, r[n], r[n] - r[5] }' \
  "$DIR/out/repeat.log"
