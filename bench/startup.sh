#!/usr/bin/env bash
# Cold start, with and without the JDK's AOT cache (JDK 24+; how ./reelforge makes and uses it:
# standalone/aot-cache.sh). A worker that is ready soon after it starts, and renders its first job about as fast
# as its tenth, is what makes adding workers under load (autoscaling) worth it.
#   1. time to ready: a media worker (`reelforge worker media`, -Xmx160m as ./reelforge gives it) joins a running
#      stack (`reelforge up --without media`); measured from the moment its process is started until its
#      readiness probe (/actuator/health/readiness) answers UP, which a worker does once each of its Kafka
#      consumers has its partitions. Then it is stopped (SIGTERM) and started again: RUNS times each way, the two
#      ways in turn, a rest before each start. Also its resident memory when ready (RSS, and the part of it that
#      is the process's own, RssAnon: the cache's pages that the JVM relocates are its own, the rest is the
#      cache file's, shared with every process that maps it).
#   2. first against tenth render: `reelforge render --repeat REPEAT` of the render benchmark's video (30 s,
#      720x1280) in one fresh JVM, each way: each render's own time, with no warm-up (a one-off render has none).
#   3. a worker's first jobs against its tenth: a fresh media worker from the AOT cache (as ./reelforge and the
#      container image run it) renders REPEAT videos (30 s, 720x1280, the sample store's product) made through the
#      gateway, twice: a backlog (the jobs submitted, scraped and scripted before the worker starts, as when one is
#      started because work piles up: it gets a job at once and does not warm up), and one after another once its
#      render warm-up has finished (an idle worker that a job comes to). Each job's time on the worker: from the
#      worker taking it to its video rendered (its log's timestamps), any wait for a warm-up to stop included. The narration comes from the speech cache (a first job fills it
#      before), so the jobs differ only in what the JVM has compiled and loaded.
#   bench/startup.sh    RUNS=5, REST=5 (seconds), REPEAT=10, BENCH_DIR=/tmp/reelforge-bench, JAVA_OPTS
# Needs curl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DIR=${BENCH_DIR:-/tmp/reelforge-bench}
RUNS=${RUNS:-5}
REST=${REST:-5}
REPEAT=${REPEAT:-10}
command -v curl >/dev/null || { echo "needs curl: apt-get install -y curl" >&2; exit 1; }

"$here/make_inputs.sh" "$DIR/inputs" >/dev/null
out="$DIR/startup"
rm -rf "$out"
mkdir -p "$out"
. "$here/lib.sh"
if [ ${#reelforge_aot[@]} = 0 ]; then
  echo "no AOT cache with this JDK ($java_major; it needs 24 or newer): nothing to compare" >&2
  exit 1
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== the stack without media workers" >&2
data="$out/data"
"${reelforge[@]}" up --port 0 --data "$data" --without media --sample-store >"$out/up.log" 2>&1 &
pids+=($!)
await_stack "$out/up.log"

# a port nothing listens on, for the worker's management port (its readiness probe)
free_port() {
  local port
  for port in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}
kb() { sed -n "s/^$1:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$2/status"; }

# The CPU seconds (user + system) process $1 has used so far, a figure a busy machine disturbs less than the wall
# time, and where they went: "total main jit gc rest". main is its threads named java: Java's main thread, where
# Spring's start runs, and the launcher's, which waits (a worker has no encoder threads, which would take that name
# too, before its first job); jit the JIT compilers' threads (C1 and C2); gc the collector's and the VM's; rest
# everything else (Kafka's and Redis's clients, the composer's warm-up, threads that have ended)
cpu_split() {
  # one awk reads the process's total and every thread's figures at once, so they are of the same moment
  awk -v tick="$(getconf CLK_TCK)" '
    { name = $0; sub(/^[0-9]+ \(/, "", name); sub(/\) [^)]*$/, "", name)
      fields = $0; sub(/^.*\) /, "", fields); split(fields, f, " "); cpu = (f[12] + f[13]) / tick }
    FNR == NR { total = cpu; next }
    name == "java" { main += cpu; next }
    name ~ /^C[12] CompilerThre/ { jit += cpu; next }
    name ~ /^(GC Thread|G1 |VM Thread)/ { gc += cpu }
    END { printf "%.2f %.2f %.2f %.2f %.2f", total, main, jit, gc, total - main - jit - gc }' "/proc/$1/stat" "/proc/$1"/task/*/stat
}

# starts a media worker the way $1 says (plain or aot), appends "seconds-to-ready rss_kb anon_kb" and its CPU as
# cpu_split gives it ("total main jit gc rest") to out/$1.tsv
worker_start() {
  local how=$1 port started pid ready=
  local jvm=("${reelforge_java[@]}" -Xmx160m -jar "$jar")
  [ "$how" = aot ] && jvm=("${reelforge_java[@]}" -Xmx160m "${reelforge_aot_jvm[@]}" -jar "$reelforge_aot_jar")
  port=$(free_port)
  sleep "$REST"
  started=$(date +%s.%N)
  "${jvm[@]}" worker media --data "$data" --port "$port" >"$out/worker-$how.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the worker exited; see $out/worker-$how.log" >&2; exit 1; }
    if awk -v s="$started" -v now="$(date +%s.%N)" 'BEGIN {exit !(now - s > 180)}'; then
      echo "the worker was not ready within 180 s; see $out/worker-$how.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  ready=$(date +%s.%N)
  # the JVM is the env command's process: env execs it
  echo "$(awk -v s="$started" -v r="$ready" 'BEGIN {printf "%.2f", r - s}') $(kb VmRSS "$pid") $(kb RssAnon "$pid")" \
    "$(cpu_split "$pid")" >>"$out/$how.tsv"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

echo "== a media worker's time to ready: $RUNS starts each way, in turn" >&2
worker_start plain   # a warm-up of each: the page cache, the stack's first rebalance
worker_start aot
rm -f "$out"/plain.tsv "$out"/aot.tsv
for ((i = 1; i <= RUNS; i++)); do
  if [ $((i % 2)) = 1 ]; then worker_start plain; worker_start aot; else worker_start aot; worker_start plain; fi
done

echo "== first against tenth render in one JVM, each way" >&2
renders() {  # NAME COMMAND...: one line per render of the repeat, its seconds
  sleep "$REST"
  "${@:2}" render "$DIR/inputs/spec.json" --out "$out/render.mp4" --repeat "$REPEAT" >"$out/repeat-$1.log" 2>&1
  sed -n 's/^render [0-9]*: \([0-9.]*\) s,.*/\1/p' "$out/repeat-$1.log" >"$out/repeat-$1.txt"
}
renders plain "${reelforge[@]}"
renders aot "${reelforge_aot[@]}"

echo "== a fresh worker's jobs, one after another: a backlog waiting for it, and once it has warmed up" >&2
gateway=$(sed -n 's/^gateway.url=//p' "$data/stack.properties" | sed 's/\\//g')
key=$(cat "$data/api-key")
product=$(sed -n 's/^ *Sample: *\([^ ]*\).*/\1/p' "$out/up.log")
submit_video() {  # submits one 30 s video of the sample product; prints its id
  curl -sSf "$gateway/api/v1/videos" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d "{\"url\": \"$product\", \"durationSeconds\": 30}" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4
}
await_status() {  # ID STATUS [STAGE]: waits until the job has that status (in that stage; fails the run if it failed)
  local job status stage
  while :; do
    job=$(curl -sSf "$gateway/api/v1/jobs/$1" -H "Authorization: Bearer $key")
    status=$(grep -o '"status":"[^"]*"' <<<"$job" | head -n 1 | cut -d'"' -f4)
    stage=$(grep -o '"stage":"[^"]*"' <<<"$job" | head -n 1 | cut -d'"' -f4)
    [ "$status" = "$2" ] && { [ -z "${3:-}" ] || [ "$stage" = "$3" ]; } && return
    case $status in failed | canceled) echo "job $1 $status" >&2; exit 1 ;; esac
    sleep 0.2
  done
}
video_job() { await_status "$(submit_video)" succeeded; }
worker_jobs() {  # CASE: starts a worker from the AOT cache, gives it REPEAT jobs, writes each job's seconds
  local case=$1 port pid log="$out/worker-jobs-$1.log" ids=()
  if [ "$case" = backlog ]; then   # the jobs wait for a media worker, as when one is started for a backlog
    for ((j = 1; j <= REPEAT; j++)); do ids+=("$(submit_video)"); done
    for id in "${ids[@]}"; do await_status "$id" queued rendering; done
  fi
  port=$(free_port)
  sleep "$REST"
  "${reelforge_aot_java[@]}" worker media --data "$data" --port "$port" >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the worker exited; see $log" >&2; exit 1; }
    sleep 0.05
  done
  if [ "$case" = backlog ]; then
    for id in "${ids[@]}"; do await_status "$id" succeeded; done
  else
    until grep -q "render warm-up done\|render warm-up failed" "$log"; do sleep 0.1; done
    for ((j = 1; j <= REPEAT; j++)); do video_job; done
  fi
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  # from "rendering job ID" (the worker took it) to "rendered job ID", by the log's millisecond timestamps
  awk '/ rendering job [0-9a-f-]+ \(attempt/ {split($1, t, /[:.]/); start[$8] = t[1] * 3600 + t[2] * 60 + t[3] + t[4] / 1000}
       / rendered job [0-9a-f-]+:/ {id = $8; sub(/:$/, "", id); split($1, t, /[:.]/)
         printf "%.2f\n", t[1] * 3600 + t[2] * 60 + t[3] + t[4] / 1000 - start[id]}' "$log" >"$out/jobs-$case.txt"
  grep -o "render warm-up [a-z]* after [0-9]* ms\|render warm-up done in [0-9]* ms\|no render warm-up: [a-z ]*" "$log" \
    >"$out/warm-up-$case.txt" || true
}
reelforge_aot_java=("${reelforge_java[@]}" -Xmx160m "${reelforge_aot_jvm[@]}" -jar "$reelforge_aot_jar")
port=$(free_port)   # the narration, spoken once into the stack's speech cache, so no measured job speaks
"${reelforge_aot_java[@]}" worker media --data "$data" --port "$port" >"$out/worker-speech.log" 2>&1 &
pid=$!
pids+=("$pid")
video_job
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
worker_jobs backlog
worker_jobs warm

echo
echo "machine: $(nproc) cores, load average after: $(cut -d' ' -f1-3 /proc/loadavg); JDK $java_major"
echo "media worker, process start to readiness UP (-Xmx160m), median of $RUNS starts (each start's in brackets):"
for how in plain aot; do
  label=$([ "$how" = aot ] && echo "from the AOT cache" || echo "without a cache  ")
  printf "  %s  %5.2f s (%s), CPU %.2f s; resident when ready %d MiB, of which its own (RssAnon) %d MiB\n" \
    "$label" "$(cut -d' ' -f1 "$out/$how.tsv" | median)" "$(cut -d' ' -f1 "$out/$how.tsv" | paste -sd' ')" \
    "$(cut -d' ' -f4 "$out/$how.tsv" | median)" $(($(cut -d' ' -f2 "$out/$how.tsv" | median) / 1024)) \
    $(($(cut -d' ' -f3 "$out/$how.tsv" | median) / 1024))
done
printf "  ratio, from the cache to without, start by start (wall, CPU): %s\n" \
  "$(paste -d' ' "$out/aot.tsv" "$out/plain.tsv" | awk '{printf "%.2f %.2f, ", $1 / $9, $4 / $12}')"
echo "  where the CPU until ready went (median of the starts, seconds): main thread (Spring's start), JIT compilers," \
  "garbage collector, the rest (clients' threads, the composer's warm-up, ended threads)"
for how in plain aot; do
  printf "    %s  main %.2f, JIT %.2f, GC %.2f, rest %.2f\n" \
    "$([ "$how" = aot ] && echo "from the AOT cache" || echo "without a cache  ")" \
    "$(cut -d' ' -f5 "$out/$how.tsv" | median)" "$(cut -d' ' -f6 "$out/$how.tsv" | median)" \
    "$(cut -d' ' -f7 "$out/$how.tsv" | median)" "$(cut -d' ' -f8 "$out/$how.tsv" | median)"
done
echo "renders of the 30 s 720x1280 video in one JVM ($REPEAT in a row), seconds each:"
first_against_later() {  # LABEL FILE [NOTE]: the seconds in FILE, one a line, and the first against the later ones
  local first last steady
  first=$(head -n 1 "$2")
  last=$(tail -n 1 "$2")
  steady=$(tail -n 5 "$2" | median)
  printf "  %s  %s; first %.2f s = %.2fx the last (%.2fx the median of the last five)%s\n" "$1" \
    "$(paste -sd' ' "$2")" "$first" "$(awk -v a="$first" -v b="$last" 'BEGIN {print a / b}')" \
    "$(awk -v a="$first" -v b="$steady" 'BEGIN {print a / b}')" "${3:+; $3}"
}
for how in plain aot; do
  first_against_later "$([ "$how" = aot ] && echo "from the AOT cache" || echo "without a cache  ")" \
    "$out/repeat-$how.txt"
done
echo "a fresh worker's jobs (30 s 720x1280 videos from the sample store, from the AOT cache), seconds each on the worker:"
for case in backlog warm; do
  first_against_later "$([ "$case" = warm ] && echo "once its warm-up is done" || echo "a backlog waiting for it")" \
    "$out/jobs-$case.txt" "$(paste -sd';' "$out/warm-up-$case.txt")"
done
