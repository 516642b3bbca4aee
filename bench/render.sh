#!/usr/bin/env bash
# Render benchmark: our render of a 30 s, 720x1280, 5-image video (Ken Burns, transitions, captions, cards) from
# local images and a local narration file, against libx264 alone encoding the same 900 frames with the same
# settings (veryfast, crf 23), on the same machine, in one run.
#   bench/render.sh     RUNS=3 rounds (after one warm-up of each measurement), REST=5 (seconds of rest before each
#                       measurement), FORMAT=9:16 (9:16@1080 for full HD), BENCH_DIR=/tmp/reelforge-bench,
#                       JAVA_OPTS: more flags for our JVM
# Each round measures, each after a rest:
#   fresh        `reelforge render` in a new JVM, from the standalone jar as built
#   fresh-aot    the same from the JDK's AOT cache, as ./reelforge runs it on JDK 24+ (absent on older JDKs)
#   warm         the 3rd of 3 renders in one JVM (`render --repeat 3`): a running worker's steady state
#   encode-deb   Debian's ffmpeg command encoding our 900 frames, decoded back to raw yuv420p
#   encode-lnk   the same with the FFmpeg build our renderer links (its `ffmpeg` program ships in javacpp's jar):
#                the same libx264 as ours, so what remains between it and our frames is our own work
# The shared machine's speed drifts by tens of percent within minutes and slows under sustained load: the ratios
# are taken within each round, then their median across rounds; the order of the measurements is reversed every
# other round, so that none always runs last, on the most tired machine.
# Needs: Debian's ffmpeg (installed if missing, as root), unzip, GNU time (/usr/bin/time).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}
RUNS=${RUNS:-3}
REST=${REST:-5}
FORMAT=${FORMAT:-9:16}

for tool in ffmpeg unzip; do
  if ! command -v "$tool" >/dev/null; then
    echo "installing $tool (apt-get) ..." >&2
    apt-get install -y -q "$tool" >/dev/null || (apt-get update -q >/dev/null && apt-get install -y -q "$tool" >/dev/null)
  fi
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }

"$here/make_inputs.sh" "$DIR/inputs" >/dev/null
out="$DIR/out"
rm -rf "$out"
mkdir -p "$out"
. "$here/lib.sh"

# the linked FFmpeg's command line, from the jar's own javacpp FFmpeg (the libraries beside it)
linked="$DIR/linked-ffmpeg"
rm -rf "$linked"
mkdir -p "$linked"
unzip -p "$jar" 'BOOT-INF/lib/ffmpeg-*-linux-x86_64*.jar' >"$linked/natives.jar"
unzip -o -q -j "$linked/natives.jar" 'org/bytedeco/ffmpeg/linux-x86_64*/*' -d "$linked"
rm "$linked/natives.jar"
chmod +x "$linked/ffmpeg"
linked_ffmpeg=(env LD_LIBRARY_PATH="$linked" "$linked/ffmpeg")

# Runs a measurement: appends "wall user sys maxrss_kb in-process frames" to out/NAME.tsv (the last two are our
# render's own figures, of its last render when repeating, and "-" for ffmpeg)
measure() {
  local name=$1
  shift
  sleep "$REST"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/$name.log" 2>&1
  local inproc composed
  inproc=$(sed -n 's/^Rendered .* in \([0-9.]*\) s$/\1/p' "$out/$name.log")
  composed=$(sed -n 's/.*composed and encoded \([0-9.]*\) s$/\1/p' "$out/$name.log")
  echo "$(tail -n 1 "$out/time.txt") ${inproc:--} ${composed:--}" >>"$out/$name.tsv"
}
render_args=(render "$DIR/inputs/spec.json" --format "$FORMAT" --out "$out/render.mp4")
run() {
  case $1 in
    fresh) measure fresh "${reelforge[@]}" "${render_args[@]}" ;;
    fresh-aot) measure fresh-aot "${reelforge_aot[@]}" "${render_args[@]}" ;;
    warm) measure warm "${reelforge[@]}" "${render_args[@]}" --repeat 3 ;;
    encode-deb) measure encode-deb ffmpeg "${encode_args[@]}" ;;
    encode-lnk) measure encode-lnk "${linked_ffmpeg[@]}" "${encode_args[@]}" ;;
  esac
}

# a warm-up render, whose output also gives the encoder-alone side its frames: our video decoded back to raw
# yuv420p (one lossy generation removed from what our encoder was handed; same motion, same text)
REST=0 run fresh
composition=$(sed -n 's/.*frames composed with //p' "$out/fresh.log")
size=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=s=x:p=0 "$out/render.mp4")
frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 \
  "$out/render.mp4")
ffmpeg -v error -y -i "$out/render.mp4" -f rawvideo -pix_fmt yuv420p "$out/raw.yuv"
encode_args=(-v error -y -f rawvideo -pix_fmt yuv420p -s "$size" -r 30 -i "$out/raw.yuv"
  -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -an "$out/encode-only.mp4")
order=(fresh warm encode-deb encode-lnk)
if [ ${#reelforge_aot[@]} -gt 0 ]; then
  order=(fresh fresh-aot warm encode-deb encode-lnk)
  REST=0 run fresh-aot
fi
REST=0 run encode-deb
REST=0 run encode-lnk
rm -f "$out"/*.tsv

echo "Render ($FORMAT, $frames frames $size) against encode-only (libx264 veryfast crf 23): $RUNS rounds, a ${REST} s" \
  "rest before each measurement; JDK $java_major$([ ${#reelforge_aot[@]} -gt 0 ] || echo ", no AOT cache (JDK 24+)")" >&2
for round in $(seq "$RUNS"); do
  if [ $((round % 2)) = 0 ]; then
    this=()
    for ((i = ${#order[@]} - 1; i >= 0; i--)); do this+=("${order[i]}"); done
  else
    this=("${order[@]}")
  fi
  for name in "${this[@]}"; do run "$name"; done
  echo "  round $round done (${this[*]}), load average $(cut -d' ' -f1 /proc/loadavg)" >&2
done
rm -f "$out/raw.yuv"

# column $2 of out/$1.tsv, line by line
col() { cut -d' ' -f"$2" "$out/$1.tsv"; }
# the ratios of column $2 of $1 to encode-only $3's wall time, round by round
ratios() { paste -d' ' <(col "$1" "$2") <(col "$3" 1) | awk '{printf "%.2f\n", $1 / $2}'; }
row() {  # LABEL NAME COLUMN
  local wall cpu="-" rss="-"
  wall=$(col "$2" "$3" | median)
  if [ "$3" = 1 ]; then
    cpu=$(awk '{print $2 + $3}' "$out/$2.tsv" | median)
    rss=$(($(col "$2" 4 | sort -g | tail -n 1) / 1024))
  fi
  printf "%-46s %7.2f %7s %7s   %5.2fx (%s)   %5.2fx (%s)\n" "$1" "$wall" "$cpu" "$rss" \
    "$(ratios "$2" "$3" encode-lnk | median)" "$(ratios "$2" "$3" encode-lnk | paste -sd' ')" \
    "$(ratios "$2" "$3" encode-deb | median)" "$(ratios "$2" "$3" encode-deb | paste -sd' ')"
}

echo
echo "machine: $(nproc) cores, load average after: $(cut -d' ' -f1-3 /proc/loadavg); composition: $composition"
echo "medians of $RUNS rounds; ratios to encode-only within each round, their median, and each round's in brackets"
printf "%-46s %7s %7s %7s   %-24s   %s\n" "" "wall s" "CPU s" "RSS MiB" "to linked FFmpeg" "to Debian's ffmpeg"
row "encode-only, the linked FFmpeg ($("${linked_ffmpeg[@]}" -version | sed -n '1s/ffmpeg version \([^ ]*\).*/\1/p'))" encode-lnk 1
row "encode-only, Debian's ffmpeg ($(ffmpeg -version | sed -n '1s/ffmpeg version \([^ -]*\).*/\1/p'))" encode-deb 1
row "fresh process: whole (JVM start included)" fresh 1
row "  render in process (spec read -> files)" fresh 5
row "  of which frames composed + encoded" fresh 6
if [ ${#reelforge_aot[@]} -gt 0 ]; then
  row "fresh process from the AOT cache: whole" fresh-aot 1
  row "  render in process" fresh-aot 5
  row "  of which frames composed + encoded" fresh-aot 6
fi
row "warm JVM (3rd render): render in process" warm 5
row "  of which frames composed + encoded" warm 6
