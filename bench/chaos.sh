#!/usr/bin/env bash
# A chaos run of real processes: the system as separate JVMs (a Kafka broker, `reelforge infra kafka`; a Redis
# server, `reelforge infra redis`; the gateway and the scraper, script and media workers, `reelforge worker ...`),
# each started through ./reelforge as an operator would. Two tenants submit a stream of videos and scrapes of the
# demo store's page (retrying through outages with an Idempotency-Key, as a careful client does) while each kind of
# process, Redis and the broker included, is killed with `kill -9` at a random moment and restarted after a random
# pause. Then the jobs are given time to finish and the run prints: accepted, succeeded, failed by code, lost,
# stuck, completed twice, jobs created without an answer, and for each kill how long its process took to be back
# at work. The plan (kills, pauses, jobs) comes from SEED: the same seed, the same plan.
#   bench/chaos.sh      DURATION=480 (seconds of chaos), DRAIN=150 (seconds for the last jobs to finish),
#                       SEED (default: a new one, printed), CHAOS_DIR=/tmp/reelforge-chaos (emptied first),
#                       MEDIA_FORMAT=288x512 (the media worker's frame size: small renders leave CPU to the rest)
# Exits 1 when a job was lost, stuck, completed twice or created without an answer. The report is also written to
# CHAOS_DIR/chaos-report.txt; each process's output is in CHAOS_DIR/chaos/KIND.log.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
DURATION=${DURATION:-480}
DRAIN=${DRAIN:-150}
SEED=${SEED:-$(( $(date +%s) % 1000000 ))}
CHAOS_DIR=${CHAOS_DIR:-/tmp/reelforge-chaos}
MEDIA_FORMAT=${MEDIA_FORMAT:-288x512}
echo "bench/chaos.sh: SEED=$SEED DURATION=$DURATION (repeat the same plan with SEED=$SEED)" >&2
# ./reelforge builds the jar first if sources changed; the processes it starts then run that jar as it is
exec "$root/reelforge" chaos --seed "$SEED" --duration "$DURATION" --drain "$DRAIN" --data "$CHAOS_DIR" \
  --launcher "$root/reelforge" --media-format "$MEDIA_FORMAT"
