#!/usr/bin/env bash
# Load on the API: job creation, then polling, against the standalone stack (`reelforge up --sample-store`: embedded
# Kafka and Redis, the gateway and the three workers in one JVM, the demo's product page on loopback), with the
# per-tenant limits raised so they do not shape the figures. Job creation POSTs scrape jobs of the sample page (the
# original /scrape-product-url route: each job is real and runs to its end, quickly); polling GETs those jobs by id.
# Then it waits for every accepted job to reach a final state and counts them by state through the API.
# SCRAPER=alongside (default) runs the scraper in the stack while the load runs, so the gateway shares the machine
# with the work it creates, as one small machine would; SCRAPER=after leaves it out during both phases and starts
# it as its own process afterwards to drain the queue: the gateway's own capacity, as when workers run elsewhere.
#   bench/load.sh     DURATION=20s per phase, CONNECTIONS=32 (wrk connections), THREADS=2 (wrk threads)
#                     JAVA_OPTS: the stack's JVM flags; BENCH_DIR=/tmp/reelforge-bench
# Needs wrk (Debian: apt-get install wrk; installed if missing, as root), curl and jq.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}/load
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SCRAPER=${SCRAPER:-alongside}
case "$SCRAPER" in
  alongside) without=() ;;
  after) without=(--without scraper) ;;
  *) echo "SCRAPER must be alongside or after" >&2; exit 2 ;;
esac
. "$root/.mvn/find-jdk.sh"
java="$JAVA_HOME/bin/java"
standalone="$root/standalone/target/standalone-0.1.0-SNAPSHOT-exec.jar"
if ! command -v wrk >/dev/null || ! command -v jq >/dev/null; then
  echo "installing wrk and jq (apt-get) ..." >&2
  apt-get install -y -q wrk jq >/dev/null 2>&1 || (apt-get update -q >/dev/null && apt-get install -y -q wrk jq >/dev/null)
fi
if [ ! -f "$standalone" ]; then
  echo "building the standalone jar once ..." >&2
  (cd "$root" && ./mvnw -B -q -DskipTests package -pl standalone -am) >&2
fi

rm -rf "$DIR"
mkdir -p "$DIR"
data="$DIR/data"
up_pid=
scraper_pid=
cleanup() {
  [ -n "$scraper_pid" ] && kill "$scraper_pid" 2>/dev/null || true
  [ -n "$up_pid" ] && kill "$up_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

# limits raised far past what the load can reach; the rest of the configuration is the stack's own
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
env -u OPENAI_API_KEY REELFORGE_GATEWAY_LIMITS_JOBS_PER_MINUTE=100000000 REELFORGE_GATEWAY_LIMITS_BURST=1000000 \
  REELFORGE_GATEWAY_LIMITS_MAX_QUEUED_JOBS=10000000 \
  "$java" --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -jar "$standalone" up --port 0 --data "$data" \
  --sample-store "${without[@]}" >"$DIR/up.log" 2>&1 &
up_pid=$!
deadline=$((SECONDS + 300))
until grep -q "Reelforge is up" "$DIR/up.log" 2>/dev/null; do
  if ! kill -0 "$up_pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
    echo "the stack did not start; the end of $DIR/up.log:" >&2
    tail -n 30 "$DIR/up.log" >&2
    exit 1
  fi
  sleep 1
done
gateway=$(sed -n 's/^gateway\.url=//p' "$data/stack.properties" | sed 's/\\\(.\)/\1/g')
export LOAD_KEY LOAD_PRODUCT LOAD_OUT="$DIR" LOAD_IDS="$DIR/ids.txt"
LOAD_KEY=$(cat "$data/api-key")
LOAD_PRODUCT=$(sed -n 's/^ *Sample: *\([^ ]*\).*/\1/p' "$DIR/up.log")

echo "== warm-up: 5 s of job creation (not counted)"
mkdir -p "$DIR/warm-up"
LOAD_OUT="$DIR/warm-up" wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$here/load/post.lua" \
  "$gateway/api/v1/scrape-product-url" >/dev/null
echo "== job creation: POST /api/v1/scrape-product-url, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$here/load/post.lua" \
  "$gateway/api/v1/scrape-product-url" | tee "$DIR/post.txt"
cat "$DIR"/created-*.txt > "$LOAD_IDS"
echo "== polling: GET /api/v1/jobs/{id} over $(wc -l < "$LOAD_IDS") jobs, $CONNECTIONS connections, $DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$here/load/get.lua" "$gateway" | tee "$DIR/get.txt"

if [ "$SCRAPER" = after ]; then
  echo "== starting the scraper as its own process to drain the queue"
  env -u OPENAI_API_KEY "$java" --enable-native-access=ALL-UNNAMED -jar "$standalone" worker scraper --data "$data" \
    >"$DIR/scraper.log" 2>&1 &
  scraper_pid=$!
fi
echo "== waiting for every accepted job to reach a final state"
auth=(-H "Authorization: Bearer $LOAD_KEY")
total=$(curl -sf "${auth[@]}" "$gateway/api/v1/jobs?size=1" | jq .total)
deadline=$((SECONDS + 1800))
while :; do
  : > "$DIR/states.txt"
  pages=$(( (total + 99) / 100 ))
  for ((p = 0; p < pages; p++)); do
    curl -sf "${auth[@]}" "$gateway/api/v1/jobs?page=$p&size=100" | jq -r '.items[].status' >> "$DIR/states.txt"
  done
  unfinished=$(grep -cvE '^(succeeded|failed|canceled)$' "$DIR/states.txt" || true)
  [ "$unfinished" -eq 0 ] && break
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "gave up waiting: $unfinished jobs unfinished" >&2
    break
  fi
  sleep 5
done
created_ok=$(cat "$DIR"/created-*.txt "$DIR"/warm-up/created-*.txt | sort -u | wc -l)
echo "== summary (scraper: $SCRAPER)"
printf 'jobs created (202, warm-up included): %s; jobs the API lists: %s; unfinished: %s\n' "$created_ok" "$total" "$unfinished"
sort "$DIR/states.txt" | uniq -c | sed 's/^/  /'
for phase in post get; do
  rate=$(sed -n 's/^Requests\/sec: *//p' "$DIR/$phase.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$DIR/$phase.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$DIR/$phase.txt")
  printf '%-5s %8s req/s   p50 %8s   p99 %8s\n' "$phase" "$rate" "$p50" "$p99"
done
