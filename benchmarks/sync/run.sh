#!/usr/bin/env bash
# Sync benchmark: EVENTS events queued in a township's outbox while its county is away, then drained upstream by the
# sync route (Camel HTTP, batches, receipts, events marked delivered) into the county, which stores each once and
# relays it; beside it, in the same run, a bare producer loop POSTing the same number of events in the same batches
# straight to the same county endpoint (nothing read from or marked in an outbox), once before the drain (which also
# warms the county up) and once after. Prints the rates and the route's ratio to the better baseline.
# Goal: the route drains >= 5,000 events/s.
# Usage: benchmarks/sync/run.sh   (env: EVENTS=100000 BATCH=500, the node's default; build first: mvn -B install -DskipTests)
set -euo pipefail

EVENTS=${EVENTS:-100000}
BATCH=${BATCH:-500}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARCHIVE=$(ls "$ROOT"/karaf-assembly/target/tongban-karaf-assembly-*.tar.gz 2>/dev/null | head -1 || true)
[[ -n $ARCHIVE ]] || { echo "no distribution archive: run 'mvn -B install -DskipTests' first" >&2; exit 2; }
WORK=$(mktemp -d /tmp/tongban-sync-bench.XXXXXX)
C_OFF=2600; T_OFF=2637
C_URL=http://127.0.0.1:$((8181 + C_OFF)); T_URL=http://127.0.0.1:$((8181 + T_OFF))
COUNTY=$WORK/county; TOWNSHIP=$WORK/township
cleanup() {
    for n in "$COUNTY" "$TOWNSHIP"; do [[ -f $n/karaf.pid ]] && kill -9 "$(cat "$n/karaf.pid")" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

up() { # url path
    for _ in $(seq 1 600); do [[ $(curl -s -o /dev/null -w '%{http_code}' "$1$2") == 200 ]] && return 0; sleep 0.2; done
    echo "$1 did not come up" >&2; return 1
}
pending() { curl -s -u ops:ops-demo "$T_URL/api/v1/sync/status" | sed -E 's/.*"pending":([0-9]+).*/\1/'; }

mkdir -p "$COUNTY" "$TOWNSHIP"
tar xzf "$ARCHIVE" -C "$COUNTY" --strip-components=1
tar xzf "$ARCHIVE" -C "$TOWNSHIP" --strip-components=1
"$COUNTY/bin/tongban" init --level county --division 370783 --name "bench county" --port-offset $C_OFF >/dev/null
"$TOWNSHIP/bin/tongban" init --level township --division 370783003 --name "bench township" --upstream "$C_URL" \
    --port-offset $T_OFF >/dev/null
. "$ROOT/benchmarks/lib/accounts.sh" && bench_accounts "$COUNTY" && bench_accounts "$TOWNSHIP"
HASH=$(printf '%s' bench-secret | sha256sum | cut -d' ' -f1 | tr a-f A-F)
# The baseline's own account; the township's (township-bench) is added only when its drain is to start (below).
printf '\nbaseline-bench = {CRYPT}%s{CRYPT},node\n' "$HASH" >> "$COUNTY/etc/tongban-users.properties"
printf 'upstream =\nuser = township-bench\npassword = bench-secret\nbatchSize = %s\nperiodMillis = 200\ninitialBackoffMillis = 200\nmaxBackoffMillis = 1000\ncatalogPullSeconds = 0\n' \
    "$BATCH" > "$TOWNSHIP/etc/org.tongban.sync.cfg"
for n in "$COUNTY" "$TOWNSHIP"; do   # nothing else writing while it is measured
    sed -i -E 's/^scanIntervalMinutes *=.*/scanIntervalMinutes = 0/' "$n/etc/org.tongban.supervision.cfg"
    sed -i -E 's/^sweepIntervalMinutes *=.*/sweepIntervalMinutes = 0/' "$n/etc/org.tongban.evaluation.cfg"
done

echo "building the outbox filler" >&2
mvn -q -B -o -f "$ROOT/benchmarks/sync/filler/pom.xml" package -DskipTests >&2
"$TOWNSHIP/bin/start"            # the county is not up yet: everything waits in the township's outbox
up "$T_URL" /api/v1/health
cp "$ROOT"/benchmarks/sync/filler/target/tongban-bench-outbox-filler-*.jar "$TOWNSHIP/deploy/"
for _ in $(seq 1 300); do
    out=$(curl -s -u ops:ops-demo -X POST "$T_URL/api/v1/bench/outbox?count=$EVENTS" || true)
    [[ $out == *queued* ]] && break
    sleep 0.5
done
echo "queued: $out" >&2
[[ $(pending) -ge $EVENTS ]] || { echo "the outbox does not hold $EVENTS events" >&2; exit 1; }

baseline() { # label: the bare loop, EVENTS events in batches of BATCH, into the county's endpoint
    local out
    out=$(java "$ROOT/benchmarks/sync/Baseline.java" "$C_URL/api/v1/sync/events" baseline-bench:bench-secret "$EVENTS" "$BATCH")
    echo "$out" | sed -E "s/^baseline/baseline, $1/"
    echo "$out" | sed -E 's/.*= ([0-9]+) events\/s.*/\1/' >> "$WORK/baselines"
}

# The county starts cold (its JIT compiles for the first tens of seconds): the baseline runs once before the drain,
# which warms it up, and once after, so the route and the second baseline both meet a warm receiver. Meanwhile the
# township's route is turned away (401, its account is not there yet) and backs off, at most maxBackoffMillis.
"$COUNTY/bin/start"
up "$C_URL" /api/v1/health
baseline "before the drain (county cold)"
[[ $(pending) -ge $EVENTS ]] || { echo "the township delivered before its account existed" >&2; exit 1; }

printf '\ntownship-bench = {CRYPT}%s{CRYPT},node\n' "$HASH" >> "$COUNTY/etc/tongban-users.properties"
start=$(date +%s.%N)
# When the first batch is marked: the route was in back-off (at most maxBackoffMillis) until then.
while p=$(pending) && (( p >= EVENTS )); do sleep 0.05; done
first=$(date +%s.%N); first_left=$p
# Polled less often while much is left (the probe is a count over the pending index, on the node being measured),
# every 0.2 s near the end, so the end is seen as precisely as with a fixed 0.2 s poll.
while p=$(pending) && (( p > 0 )); do sleep "$(echo "p = $p / 20000; if (p < 0.2) p = 0.2; if (p > 2) p = 2; p" | bc -l)"; done
end=$(date +%s.%N)
route=$(echo "$EVENTS / ($end - $start)" | bc -l)
printf 'sync route (outbox -> Camel HTTP -> county, receipts, marked delivered): %d events in %.1f s = %.0f events/s\n' \
    "$EVENTS" "$(echo "$end - $start" | bc -l)" "$route"
printf '  of which back-off until the first batch was marked: %.2f s; after it, %d events in %.1f s = %.0f events/s\n' \
    "$(echo "$first - $start" | bc -l)" "$first_left" "$(echo "$end - $first" | bc -l)" "$(echo "$first_left / ($end - $first)" | bc -l)"

baseline "after the drain (county warm)"
# Nothing lost, nothing stored twice: the county relays each event it stores into its own outbox (it has no parent).
held=$(curl -s -u ops:ops-demo "$C_URL/api/v1/sync/status" | sed -E 's/.*"pending":([0-9]+).*/\1/')
echo "county: $held events stored and relayed (expected $((3 * EVENTS)): the route's and both baselines')"
[[ $held -eq $((3 * EVENTS)) ]] || echo "WARNING: the county does not hold each event exactly once" >&2
base=$(sort -n "$WORK/baselines" | tail -1)   # the better of the two: the route is compared with the harder figure
printf 'route / best baseline: %.0f%%   (goal: route >= 5000 events/s)\n' "$(echo "100 * $route / $base" | bc -l)"
