#!/usr/bin/env bash
# Render benchmark: our render of a 30 s, 720x1280, 5-image video (Ken Burns, transitions, captions, cards) from
# local images and a local narration file, against libx264 alone encoding the same 900 frames with the same
# settings (veryfast, crf 23), on the same machine, in one run. Prints both times and their ratio (target <= 1.25).
#   bench/render.sh            RUNS=3 by default (after one warm-up of each); BENCH_DIR=/tmp/reelforge-bench
# Needs: the ffmpeg command (Debian's `ffmpeg` package) for the encode-only side and to make the inputs;
# GNU time (/usr/bin/time) for CPU and peak RSS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}
RUNS=${RUNS:-3}
FORMAT=${FORMAT:-9:16}

if ! command -v ffmpeg >/dev/null; then
  echo "The encode-only baseline needs the ffmpeg command; installing Debian's: apt-get install -y ffmpeg" >&2
  apt-get install -y ffmpeg >&2
fi
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }

"$here/make_inputs.sh" "$DIR/inputs" >/dev/null
mkdir -p "$DIR/out"
# the jar itself, as ./reelforge runs it (the wrapper would rebuild whenever any source changed, mid-benchmark)
. "$root/.mvn/find-jdk.sh"
# as ./reelforge and the container image run the JVM: large native blocks in their own mappings (media-worker/README.md)
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
jar="$root/standalone/target/standalone-0.1.0-SNAPSHOT-exec.jar"
[ -f "$jar" ] || "$root/reelforge" --version >/dev/null   # builds it once, outside the timings
reelforge=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector ${JAVA_OPTS:-} \
  -jar "$jar")

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# one line per run: wall user sys maxrss_kb in-process-seconds frames-seconds (of the last render when repeating)
render_once() {
  /usr/bin/time -f "%e %U %S %M" -o "$DIR/out/time.txt" \
    "${reelforge[@]}" render "$DIR/inputs/spec.json" --format "$FORMAT" --out "$DIR/out/render.mp4" "$@" \
    >"$DIR/out/render.log"
  inproc=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$DIR/out/render.log" | head -1)
  composed=$(sed -n 's/.*composed and encoded \([0-9.]*\) s$/\1/p' "$DIR/out/render.log" | head -1)
  echo "$(cat "$DIR/out/time.txt") $inproc $composed"
}

# a warm-up render, whose output also gives the encoder-alone side its frames
render_once >/dev/null
composition=$(sed -n 's/.*frames composed with //p' "$DIR/out/render.log" | head -1)
size=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=s=x:p=0 "$DIR/out/render.mp4")
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$DIR/out/render.mp4")
# the same frames for the encoder alone: our video decoded back to raw yuv420p (one lossy generation removed
# from what our encoder was handed; same motion, same text), read from the page cache
ffmpeg -v error -y -i "$DIR/out/render.mp4" -f rawvideo -pix_fmt yuv420p "$DIR/out/raw.yuv"
encode_once() {
  /usr/bin/time -f "%e %U %S %M" -o "$DIR/out/time.txt" \
    ffmpeg -v error -y -f rawvideo -pix_fmt yuv420p -s "$size" -r 30 -i "$DIR/out/raw.yuv" \
    -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -an "$DIR/out/encode-only.mp4"
  cat "$DIR/out/time.txt"
}
encode_once >/dev/null

# The machine is shared and its speed drifts by tens of percent within minutes: each round runs the three
# measurements back to back, and the ratios are taken within a round, then their median across rounds.
#   render: a fresh process; warm: the 3rd of 3 renders in one process (a running worker renders job after job in
#   one JVM: that steady state); encode: libx264 alone on the same frames
echo "Render ($FORMAT, $frames frames $size), render in a warm JVM, encode-only (ffmpeg CLI, libx264 veryfast crf 23):" \
  "$RUNS rounds" >&2
: > "$DIR/out/render.tsv"
: > "$DIR/out/warm.tsv"
: > "$DIR/out/encode.tsv"
for _ in $(seq "$RUNS"); do
  render_once >> "$DIR/out/render.tsv"
  render_once --repeat 3 >> "$DIR/out/warm.tsv"
  encode_once >> "$DIR/out/encode.tsv"
done
rm -f "$DIR/out/raw.yuv"

r_wall=$(cut -d' ' -f1 "$DIR/out/render.tsv" | median)
r_cpu=$(awk '{print $2+$3}' "$DIR/out/render.tsv" | median)
r_rss=$(cut -d' ' -f4 "$DIR/out/render.tsv" | sort -g | tail -1)
r_in=$(cut -d' ' -f5 "$DIR/out/render.tsv" | median)
r_frames=$(cut -d' ' -f6 "$DIR/out/render.tsv" | median)
w_in=$(cut -d' ' -f5 "$DIR/out/warm.tsv" | median)
w_frames=$(cut -d' ' -f6 "$DIR/out/warm.tsv" | median)
e_wall=$(cut -d' ' -f1 "$DIR/out/encode.tsv" | median)
e_cpu=$(awk '{print $2+$3}' "$DIR/out/encode.tsv" | median)
e_rss=$(cut -d' ' -f4 "$DIR/out/encode.tsv" | sort -g | tail -1)

echo
echo "machine: $(nproc) cores, load average after: $(cut -d' ' -f1-3 /proc/loadavg); composition: $composition"
printf "%-44s %8s %8s %9s\n" "" "wall s" "CPU s" "RSS MiB"
printf "%-44s %8.2f %8.2f %9d\n" "render, whole process (JVM start included)" "$r_wall" "$r_cpu" $((r_rss / 1024))
printf "%-44s %8.2f %8s %9s\n" "render, in process (spec read -> files)" "$r_in" "-" "-"
printf "%-44s %8.2f %8s %9s\n" "  of which frames composed + encoded" "$r_frames" "-" "-"
printf "%-44s %8.2f %8s %9s\n" "render in a warm JVM, in process" "$w_in" "-" "-"
printf "%-44s %8.2f %8s %9s\n" "  of which frames composed + encoded" "$w_frames" "-" "-"
printf "%-44s %8.2f %8.2f %9d\n" "encode-only, libx264 veryfast crf 23" "$e_wall" "$e_cpu" $((e_rss / 1024))
# per round: render / encode-only of the same round, then the median across rounds
ratio() { paste -d' ' <(cut -d' ' -f"$2" "$DIR/out/$1.tsv") <(cut -d' ' -f1 "$DIR/out/encode.tsv") |
  awk '{printf "%.3f\n", $1 / $2}' | median; }
rounds() { paste -d' ' <(cut -d' ' -f"$2" "$DIR/out/$1.tsv") <(cut -d' ' -f1 "$DIR/out/encode.tsv") |
  awk '{printf "%.2f ", $1 / $2}'; }
echo "ratio to encode-only, median of the rounds' own ratios (target <= 1.25x):"
printf "  fresh process: frames %.2fx, render in process %.2fx, whole process %.2fx\n" \
  "$(ratio render 6)" "$(ratio render 5)" "$(ratio render 1)"
printf "  warm JVM:      frames %.2fx, render in process %.2fx\n" "$(ratio warm 6)" "$(ratio warm 5)"
echo "  each round, warm JVM frames: $(rounds warm 6)- in process: $(rounds warm 5)- fresh frames: $(rounds render 6)"
