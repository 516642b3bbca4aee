#!/usr/bin/env bash
# Memory of the gateway, scraper and script workers as services, each its own process from its -exec.jar with the
# heap the Kubernetes manifests give it (deploy/kubernetes): the stack runs as `reelforge up --without
# scraper,script --sample-store` (embedded Kafka and Redis, its own gateway and media worker, the demo's store with
# a catalog of 10,000 products on loopback); N videos go through the separate gateway one after another (`reelforge
# make`: submitted, followed and downloaded, as a client does), then the catalog's whole feed as one batch (the
# gateway downloads and parses it), canceled once its items are made. Prints each process's resident memory
# (VmRSS) and peak (VmHWM) from /proc after start, after the videos and after the batch.
#   bench/service-memory.sh     N=20 videos, GATEWAY_HEAP=256m, WORKER_HEAP=192m, BENCH_DIR=/tmp/reelforge-bench
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}/services
N=${N:-20}
. "$root/.mvn/find-jdk.sh"
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
java="$JAVA_HOME/bin/java"
version=0.1.0-SNAPSHOT
jar() { echo "$root/$1/target/$1-$version-exec.jar"; }
for module in standalone api-gateway scraper-worker script-worker; do
  if [ ! -f "$(jar $module)" ]; then
    echo "building the jars once ..." >&2
    (cd "$root" && ./mvnw -B -q -DskipTests package -pl standalone,api-gateway,scraper-worker,script-worker -am) >&2
    break
  fi
done

rm -rf "$DIR"
mkdir -p "$DIR"
data="$DIR/data"
pids=()
cleanup() {
  # SIGTERM runs each JVM's shutdown hooks (the stack removes its stack.properties and closes Kafka and Redis)
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# waits up to $2 seconds for the text $1 in file $3
await_line() {
  local deadline=$((SECONDS + $2))
  until grep -q "$1" "$3" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "gave up waiting for '$1'; the end of $3:" >&2
      tail -n 30 "$3" >&2
      exit 1
    fi
    sleep 1
  done
}
stack_property() { sed -n "s/^$1=//p" "$data/stack.properties" | sed 's/\\\(.\)/\1/g'; }
json_field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }

env -u OPENAI_API_KEY "$java" --enable-native-access=ALL-UNNAMED -jar "$(jar standalone)" up --port 0 --data "$data" \
  --without scraper,script --sample-store --sample-catalog-size 10000 >"$DIR/up.log" 2>&1 &
pids+=($!)
await_line "Reelforge is up" 300 "$DIR/up.log"
product=$(sed -n 's/^ *Sample: *\([^ ]*\).*/\1/p' "$DIR/up.log")
feed=$(sed -n 's/^ *Catalog feed: *\([^ ]*\).*/\1/p' "$DIR/up.log")
key=$(cat "$data/api-key")
port=$((20000 + RANDOM % 20000))

declare -A pid
# name, module, heap, the line that says it started
start() {
  env -u OPENAI_API_KEY SPRING_KAFKA_BOOTSTRAP_SERVERS="$(stack_property kafka.bootstrap-servers)" \
    SPRING_DATA_REDIS_URL="$(stack_property redis.url)" REELFORGE_ARTIFACTS_ROOT="$(stack_property artifacts.root)" \
    REELFORGE_FETCH_ALLOWED_HOSTS=127.0.0.1 SERVER_PORT=$port REELFORGE_ADMIN_KEY=unused \
    "$java" "-Xmx$3" --enable-native-access=ALL-UNNAMED -jar "$(jar "$2")" >"$DIR/$1.log" 2>&1 &
  pids+=($!)
  pid[$1]=$!
}
start gateway api-gateway "${GATEWAY_HEAP:-256m}"
start scraper scraper-worker "${WORKER_HEAP:-192m}"
start script script-worker "${WORKER_HEAP:-192m}"
await_line "Started GatewayApplication" 180 "$DIR/gateway.log"
await_line "Started ScraperWorkerApplication" 180 "$DIR/scraper.log"
await_line "Started ScriptWorkerApplication" 180 "$DIR/script.log"

mib() { echo $(($(sed -n "s/^$2:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$1/status") / 1024)); }
report() {
  echo "$1 (heaps: gateway ${GATEWAY_HEAP:-256m}, workers ${WORKER_HEAP:-192m}):"
  for name in gateway scraper script; do
    echo "  $name: resident $(mib "${pid[$name]}" VmRSS) MiB, peak $(mib "${pid[$name]}" VmHWM) MiB"
  done
}
report "after start"

gateway=http://127.0.0.1:$port
mkdir -p "$DIR/videos"
for i in $(seq 1 "$N"); do
  # as a client does: submit, follow, download the MP4 through the gateway
  "$java" -jar "$(jar standalone)" make "$product" --gateway "$gateway" --data "$data" --duration 15 \
    --out "$DIR/videos/$i.mp4" >"$DIR/make.log" 2>&1 || { echo "video $i failed:" >&2; tail -n 5 "$DIR/make.log" >&2; exit 1; }
done
report "after $N videos"

batch=$(curl -sSf "$gateway/api/v1/batches" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d "{\"feedUrl\": \"$feed\", \"defaults\": {\"durationSeconds\": 15}}" | json_field id)
for _ in $(seq 1 120); do
  curl -sSf "$gateway/api/v1/batches/$batch" -H "Authorization: Bearer $key" | grep -q '"pending":[1-9]' && break
  sleep 1
done
sleep 5
curl -sSf -X DELETE "$gateway/api/v1/batches/$batch" -H "Authorization: Bearer $key" -o /dev/null
report "after a batch of the 10,000-product feed"
