#!/usr/bin/env bash
# Catalog benchmark: a batch of the sample catalog's products (its Google Merchant feed) made into 15 s 9:16 videos
# offline, on the stack started with `--without media` and 1, then 2, media worker processes; while each batch runs,
# one single job (the demo's product page, 15 s, 9:16) every SINGLE_EVERY seconds. Prints, per worker count: videos
# per minute, the batch's wall time, the single jobs' p50/p95 latency (submit to succeeded) during the batch, the same
# single job's latency on the idle stack just before, and whether every item finished exactly once (one job per made
# item, succeeded at attempt 1 with one completed render run). Also prints the machine's render limit measured in the
# same run: the same kind of video (15 s, 9:16, three photos, captions) rendered back to back by `reelforge render` in
# one warm JVM, in videos per minute, measured first, on the otherwise idle machine.
#   bench/catalog.sh     ITEMS=200 (batch size), WORKERS="1 2", SINGLE_EVERY=20 (s), LIMIT_RENDERS=6
#                        JAVA_OPTS: the JVMs' flags; BENCH_DIR=/tmp/reelforge-bench
# Needs curl, jq and ffmpeg (installed if missing, as root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}/catalog
ITEMS=${ITEMS:-200}
WORKERS=${WORKERS:-"1 2"}
SINGLE_EVERY=${SINGLE_EVERY:-20}
LIMIT_RENDERS=${LIMIT_RENDERS:-6}
SECONDS_OF_VIDEO=15
. "$root/.mvn/find-jdk.sh"
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-})
jar="$root/standalone/target/standalone-0.1.0-SNAPSHOT-exec.jar"
for tool in curl jq ffmpeg; do
  command -v "$tool" >/dev/null || { echo "installing $tool (apt-get) ..." >&2; apt-get install -y -q "$tool" >/dev/null \
    || (apt-get update -q >/dev/null && apt-get install -y -q "$tool" >/dev/null); }
done
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package -pl standalone -am) >&2

rm -rf "$DIR"
mkdir -p "$DIR"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
median_of() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); else print "-"}'; }
percentile() { sort -g | awk -v p="$1" '{a[NR]=$1} END {if (!NR) {print "-"; exit} i=int((NR-1)*p/100)+1; print a[i]}'; }
# seconds from .createdAt to .finishedAt of a job or batch view (ISO-8601 with fractions)
JQ_SECONDS='def ts: capture("(?<s>[^.Z]+)(?<f>\\.[0-9]+)?Z") | ((.s + "Z") | fromdateiso8601) + ((.f // ".0") | "0" + . | tonumber);
  (.finishedAt | ts) - (.createdAt | ts)'

echo "== render limit: $LIMIT_RENDERS renders of a ${SECONDS_OF_VIDEO} s 9:16 video in one warm JVM (the first is not counted)"
"$here/make_inputs.sh" "$DIR/inputs" >/dev/null
ffmpeg -hide_banner -loglevel error -y -i "$DIR/inputs/narration.wav" -af "atrim=0:$SECONDS_OF_VIDEO" \
  "$DIR/inputs/narration15.wav"
jq --arg n narration15.wav '.narrationAudio = $n | .images = .images[0:3]
  | .scenes = [.scenes[0], .scenes[1], (.scenes[3] | .image = 2)]' "$DIR/inputs/spec.json" > "$DIR/inputs/spec15.json"
env -u OPENAI_API_KEY "${java[@]}" -jar "$jar" render "$DIR/inputs/spec15.json" --out "$DIR/limit.mp4" \
  --repeat "$LIMIT_RENDERS" > "$DIR/limit.log" 2>&1
# one "... in S s" line per render; the first pays class loading and JIT
limit_seconds=$(sed -n "s/^render [0-9]*: \([0-9.]*\) s,.*/\1/p" "$DIR/limit.log" | tail -n +2 | median_of)
limit_per_minute=$(awk -v s="$limit_seconds" 'BEGIN {printf "%.2f", 60 / s}')
echo "render limit: $limit_per_minute videos/min (median warm render $limit_seconds s)"

echo "== the stack without media workers, the sample store with a $ITEMS-product catalog"
data="$DIR/data"
env -u OPENAI_API_KEY "${java[@]}" -jar "$jar" up --port 0 --data "$data" --sample-store \
  --sample-catalog-size "$ITEMS" --without media > "$DIR/up.log" 2>&1 &
pids+=($!)
deadline=$((SECONDS + 300))
until grep -q "Reelforge is up" "$DIR/up.log" 2>/dev/null; do
  [ "$SECONDS" -lt "$deadline" ] || { echo "the stack did not start:" >&2; tail -n 30 "$DIR/up.log" >&2; exit 1; }
  sleep 1
done
gateway=$(sed -n 's/^gateway\.url=//p' "$data/stack.properties" | sed 's/\\\(.\)/\1/g')
key=$(cat "$data/api-key")
product=$(sed -n 's/^ *Sample: *\([^ ]*\).*/\1/p' "$DIR/up.log")
feed=$(sed -n 's/^ *Catalog feed: *\([^ ]*\).*/\1/p' "$DIR/up.log")
auth=(-H "Authorization: Bearer $key")
api() { curl -sf "${auth[@]}" "$@"; }

# submits the single job; prints its id
submit_single() {
  api -H 'Content-Type: application/json' "$gateway/api/v1/videos" \
    -d "{\"url\": \"$product\", \"durationSeconds\": $SECONDS_OF_VIDEO, \"format\": \"9:16\"}" | jq -r .id
}
# prints a job's seconds from creation to its last update once it has succeeded, else nothing
single_latency() {
  api "$gateway/api/v1/jobs/$1" | jq -r "select(.status == \"succeeded\") | $JQ_SECONDS"
}
await_single() {
  local id=$1 latency=""
  until [ -n "$latency" ]; do
    sleep 0.5
    latency=$(single_latency "$id")
    state=$(api "$gateway/api/v1/jobs/$id" | jq -r .status)
    case "$state" in failed|canceled) echo "single job $id $state" >&2; echo "$state"; return 0 ;; esac
  done
  echo "$latency"
}

summary=()
for workers in $WORKERS; do
  echo "== $workers media worker process(es)"
  wpids=()
  for ((w = 1; w <= workers; w++)); do
    env -u OPENAI_API_KEY "${java[@]}" -Xmx512m -jar "$jar" worker media --data "$data" > "$DIR/media-$workers-$w.log" 2>&1 &
    wpids+=($!); pids+=($!)
  done
  for ((w = 1; w <= workers; w++)); do
    deadline=$((SECONDS + 120))
    until grep -q "joined" "$DIR/media-$workers-$w.log" 2>/dev/null; do
      [ "$SECONDS" -lt "$deadline" ] || { echo "media worker $w did not join" >&2; exit 1; }
      sleep 0.5
    done
  done
  # the workers' first job pays class loading, JIT and the voice's start-up: not counted
  await_single "$(submit_single)" >/dev/null
  idle_id=$(submit_single)
  idle=$(await_single "$idle_id")
  echo "single job on the idle stack (after one warm-up job): $idle s"

  batch=$(api -H 'Content-Type: application/json' "$gateway/api/v1/batches" -d "{\"feedUrl\": \"$feed?size=$ITEMS\",
    \"includeOutOfStock\": true, \"name\": \"bench-$workers\",
    \"defaults\": {\"durationSeconds\": $SECONDS_OF_VIDEO, \"format\": \"9:16\"}}" | jq -r .id)
  echo "batch $batch: $ITEMS items"
  singles=()
  next_single=$((SECONDS + SINGLE_EVERY))
  while :; do
    view=$(api "$gateway/api/v1/batches/$batch")
    status=$(jq -r .status <<<"$view")
    line=$(printf '  %s  %s%%  %s' "$status" "$(jq -r .progress <<<"$view")" "$(jq -c .counts <<<"$view")")
    if [ -t 1 ]; then printf '\r%s    ' "$line"; elif [ $((SECONDS % 30)) -lt 2 ]; then echo "$line"; fi
    [ "$status" = open ] || break
    if [ "$SECONDS" -ge "$next_single" ]; then
      singles+=("$(submit_single)")
      next_single=$((SECONDS + SINGLE_EVERY))
    fi
    sleep 2
  done
  echo
  latencies=()
  singles_failed=0
  for id in "${singles[@]}"; do
    latency=$(await_single "$id")
    case "$latency" in failed|canceled) singles_failed=$((singles_failed + 1)) ;; *) latencies+=("$latency") ;; esac
  done
  view=$(api "$gateway/api/v1/batches/$batch")
  succeeded=$(jq -r .counts.succeeded <<<"$view")
  wall=$(jq -r "$JQ_SECONDS" <<<"$view")
  per_minute=$(awk -v n="$succeeded" -v s="$wall" 'BEGIN {printf "%.2f", n * 60 / s}')
  p50=$(printf '%s\n' "${latencies[@]}" | percentile 50)
  p95=$(printf '%s\n' "${latencies[@]}" | percentile 95)

  # exactly once: every made item has one job, succeeded at attempt 1, with one completed render run
  : > "$DIR/items-$workers.txt"
  pages=$(( (ITEMS + 99) / 100 ))
  for ((p = 0; p < pages; p++)); do
    api "$gateway/api/v1/batches/$batch/items?page=$p&size=100" | jq -r '.items[] | select(.duplicateOf == null)
      | "\(.index) \(.state) \(.jobId)"' >> "$DIR/items-$workers.txt"
  done
  made=$(wc -l < "$DIR/items-$workers.txt")
  distinct=$(awk '{print $3}' "$DIR/items-$workers.txt" | sort -u | wc -l)
  twice=0
  while read -r _ _ job; do
    runs=$(api "$gateway/api/v1/jobs/$job" | jq '[.history[] | select(.stage == "rendering" and .outcome == "completed")]
      | length')
    attempt=$(api "$gateway/api/v1/jobs/$job" | jq .attempt)
    [ "$runs" = 1 ] && [ "$attempt" = 1 ] || twice=$((twice + 1))
  done < "$DIR/items-$workers.txt"
  once=$([ "$made" = "$distinct" ] && [ "$twice" = 0 ] && echo yes || echo "NO ($twice items ran more than once)")
  echo "failures: $(jq -c .failures <<<"$view")"
  ratio=$(awk -v a="$per_minute" -v l="$limit_per_minute" 'BEGIN {printf "%.0f", 100 * a / l}')
  slow=$(awk -v a="$p50" -v i="$idle" 'BEGIN {printf "%.2f", a / i}')
  summary+=("$(printf '%s worker(s): %s videos/min (%s%% of the render limit), batch %s s, %s succeeded; single jobs during the batch p50 %s s, p95 %s s (n=%s, %s failed), idle %s s (p50 %sx idle); every item exactly once: %s' \
    "$workers" "$per_minute" "$ratio" "$wall" "$succeeded" "$p50" "$p95" "${#latencies[@]}" "$singles_failed" "$idle" "$slow" "$once")")
  echo "${summary[-1]}"
  for pid in "${wpids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${wpids[@]}"; do wait "$pid" 2>/dev/null || true; done
done

echo "== summary ($ITEMS items of ${SECONDS_OF_VIDEO} s 9:16 offline; render limit $limit_per_minute videos/min in one warm JVM)"
printf '%s\n' "${summary[@]}"
