#!/usr/bin/env bash
# Memory of the media worker as a service, not the render CLI: the stack runs as `reelforge up --without media
# --sample-store` (embedded Kafka and Redis, gateway, scraper and script workers, the demo's product page on
# loopback), the media worker as its own process from its -exec.jar, as it is deployed. N videos are submitted
# through the HTTP API one after another; after each one the worker's resident memory (VmRSS) and peak (VmHWM)
# are read from /proc, which shows the peak at the chosen format and whether native memory (FFmpeg contexts,
# direct frame buffers) grows from job to job.
#   bench/worker-memory.sh     N=50 jobs, FORMAT=9:16@1080, DURATION=15 (seconds of video), BENCH_DIR=/tmp/reelforge-bench
#                              JAVA_OPTS: the media worker's JVM flags (e.g. -Xmx160m); none by default
#                              PRODUCT_URL: another product page to render (on 127.0.0.1), instead of the sample
#                              AOT=1: the worker as the container image runs it, from the JDK's AOT cache (JDK 24+):
#                              the extracted jar and a cache its image build would make, here in DIR/image
#                              (deploy/docker/entrypoint.sh); JAVA_OPTS then go through JAVA_TOOL_OPTIONS
# Narration is offline (MaryTTS, template scripts) whatever the environment holds, so runs compare.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}/worker
N=${N:-50}
FORMAT=${FORMAT:-9:16@1080}
DURATION=${DURATION:-15}
. "$root/.mvn/find-jdk.sh"
# as ./reelforge and the container image run the JVM: large native blocks in their own mappings (media-worker/README.md)
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
java="$JAVA_HOME/bin/java"
standalone="$root/standalone/target/standalone-0.1.0-SNAPSHOT-exec.jar"
worker="$root/media-worker/target/media-worker-0.1.0-SNAPSHOT-exec.jar"
if [ ! -f "$standalone" ] || [ ! -f "$worker" ]; then
  echo "building the standalone and media worker jars once ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests package -pl standalone,media-worker -am) >&2
fi

rm -rf "$DIR"
mkdir -p "$DIR"
data="$DIR/data"
up_pid=
time_pid=
worker_pid=
cleanup() {
  # SIGTERM runs each JVM's shutdown hooks (the stack removes its stack.properties and closes Kafka and Redis)
  [ -n "$worker_pid" ] && kill "$worker_pid" 2>/dev/null || true
  [ -z "$worker_pid" ] && [ -n "$time_pid" ] && kill "$time_pid" 2>/dev/null || true
  [ -n "$up_pid" ] && kill "$up_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

# waits up to $2 seconds for the text $1 in file $3, while process $4 lives
await_line() {
  local deadline=$((SECONDS + $2))
  until grep -q "$1" "$3" 2>/dev/null; do
    if ! kill -0 "$4" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "gave up waiting for '$1'; the end of $3:" >&2
      tail -n 30 "$3" >&2
      exit 1
    fi
    sleep 1
  done
}

# a value of the stack's stack.properties (java.util.Properties escapes ':' and '=' with a backslash)
stack_property() {
  sed -n "s/^$1=//p" "$data/stack.properties" | sed 's/\\\(.\)/\1/g'
}

# a top-level string field of a job's JSON (the job's own fields come before its results and history)
json_field() {
  grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4
}

kb() { sed -n "s/^$1:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$worker_pid/status"; }

env -u OPENAI_API_KEY "$java" --enable-native-access=ALL-UNNAMED -jar "$standalone" up --port 0 --data "$data" \
  --without media --sample-store >"$DIR/up.log" 2>&1 &
up_pid=$!
await_line "Reelforge is up" 300 "$DIR/up.log" "$up_pid"
gateway=$(stack_property gateway.url)
product=$(sed -n 's/^ *Sample: *\([^ ]*\).*/\1/p' "$DIR/up.log")
product=${PRODUCT_URL:-$product}
key=$(cat "$data/api-key")

kafka=$(stack_property kafka.bootstrap-servers)
redis=$(stack_property redis.url)
artifacts=$(stack_property artifacts.root)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
worker_command=("$java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector ${JAVA_OPTS:-} -jar "$worker")
image_env=()
if [ "${AOT:-}" = 1 ]; then
  image="$DIR/image"
  mkdir -p "$image"
  cp "$root/deploy/docker/entrypoint.sh" "$worker" "$image/"
  mv "$image/$(basename "$worker")" "$image/app.jar"
  "$java" -Djarmode=tools -jar "$image/app.jar" extract --destination "$image/app" >/dev/null
  rm "$image/app.jar"
  image_env=(PATH="$JAVA_HOME/bin:$PATH" JAVA_TOOL_OPTIONS="--enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-}")
  echo "making the image's AOT cache (a training run: deploy/docker/entrypoint.sh train media-worker) ..."
  env "${image_env[@]}" "$image/entrypoint.sh" train media-worker >"$DIR/training.log" 2>&1
  tail -n 1 "$DIR/training.log"
  worker_command=("$image/entrypoint.sh")
fi
env -u OPENAI_API_KEY SPRING_KAFKA_BOOTSTRAP_SERVERS="$kafka" SPRING_DATA_REDIS_URL="$redis" \
  REELFORGE_ARTIFACTS_ROOT="$artifacts" REELFORGE_FETCH_ALLOWED_HOSTS=127.0.0.1 REELFORGE_MEDIA_FORMAT="$FORMAT" \
  REELFORGE_MEDIA_TTS_ENGINE=marytts "${image_env[@]}" \
  /usr/bin/time -f "%M" -o "$DIR/worker-time.txt" "${worker_command[@]}" >"$DIR/worker.log" 2>&1 &
time_pid=$!
# the worker is GNU time's child: its JVM, once time has started it
until [ -n "$worker_pid" ]; do
  sleep 0.2
  for child in $(cat "/proc/$time_pid/task/$time_pid/children" 2>/dev/null); do
    [ "$(cat "/proc/$child/comm" 2>/dev/null)" = java ] && worker_pid=$child
  done
  kill -0 "$time_pid" 2>/dev/null || { echo "the media worker did not start" >&2; exit 1; }
done
await_line "Started MediaWorkerApplication" 180 "$DIR/worker.log" "$worker_pid"
echo "media worker pid $worker_pid (JVM options: ${JAVA_OPTS:-none}), format $FORMAT, $N jobs of ${DURATION} s video"
echo "after start: resident $(($(kb VmRSS) / 1024)) MiB"

declare -a rss
for i in $(seq 1 "$N"); do
  started=$SECONDS
  id=$(curl -sSf "$gateway/api/v1/videos" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d "{\"url\": \"$product\", \"durationSeconds\": $DURATION}" | json_field id)
  while :; do
    job=$(curl -sSf "$gateway/api/v1/jobs/$id" -H "Authorization: Bearer $key")
    status=$(json_field status <<<"$job")
    case $status in succeeded | failed | canceled) break ;; esac
    sleep 0.5
  done
  if [ "$status" != succeeded ]; then
    echo "job $i ($id) $status: $job" >&2
    exit 1
  fi
  rss[i]=$(($(kb VmRSS) / 1024))
  echo "job $i: $status in $((SECONDS - started)) s, resident ${rss[i]} MiB, peak $(($(kb VmHWM) / 1024)) MiB"
  if [ "$i" = 1 ] && command -v ffprobe >/dev/null; then
    size=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height:format=duration -of csv=p=0 \
      "$artifacts/$id/video.mp4" | paste -sd' ')
    echo "  video: $(tr , x <<<"${size% *}") px, ${size##* } s"
  fi
done

peak=$(($(kb VmHWM) / 1024))
from=$((N >= 10 ? 10 : 1))
echo "peak RSS (VmHWM) of the media worker over $N jobs at $FORMAT: $peak MiB ($((peak * 1048576 / 1000000)) MB)"
echo "resident after job $from: ${rss[from]} MiB, after job $N: ${rss[N]} MiB, growth $((rss[N] - rss[from])) MiB"
# the same peak as GNU time sees it when the worker exits: a check on the /proc readings
kill "$worker_pid"
wait "$time_pid" || true
worker_pid=
echo "GNU time, maximum resident set size of the worker process: $(($(cat "$DIR/worker-time.txt" | tail -n 1) / 1024)) MiB"
