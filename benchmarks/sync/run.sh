#!/usr/bin/env bash
# Sync benchmark: EVENTS events queued in a township's outbox while its county is away, then drained upstream by the
# sync route (Camel HTTP, batches, receipts, events marked delivered) into the county, which stores each once and
# relays it; beside it, in the same run, a bare producer loop POSTing the same number of events in the same batches
# straight to the same county endpoint (nothing read from or marked in an outbox), once before the drain (which also
# warms the county up) and once after. Prints the rates and the route's ratio to the better baseline.
# Goal: the route drains >= 5,000 events/s.
# Usage: benchmarks/sync/run.sh   (env: EVENTS=100000 BATCH=500, the node's default; build first:
# mvn -B install -DskipTests;
# ARCHIVE=other/build.tar.gz measures another build with this script, e.g. for runs alternating two commits (the filler
# is built against the tongban-core-api of the Maven repository in use: MAVEN_OPTS=-Dmaven.repo.local=… picks it);
# KEEP=1 leaves the stopped nodes, their logs and databases, in the work directory for a look afterwards)
set -euo pipefail

EVENTS=${EVENTS:-100000}
BATCH=${BATCH:-500}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARCHIVE=${ARCHIVE:-$(ls "$ROOT"/karaf-assembly/target/tongban-karaf-assembly-*.tar.gz 2>/dev/null | head -1 || true)}
[[ -n $ARCHIVE ]] || { echo "no distribution archive: run 'mvn -B install -DskipTests' first" >&2; exit 2; }
WORK=$(mktemp -d /tmp/tongban-sync-bench.XXXXXX)
C_OFF=2600; T_OFF=2637
C_URL=http://127.0.0.1:$((8181 + C_OFF)); T_URL=http://127.0.0.1:$((8181 + T_OFF))
COUNTY=$WORK/county; TOWNSHIP=$WORK/township
cleanup() {
    for n in "$COUNTY" "$TOWNSHIP"; do [[ -f $n/karaf.pid ]] && kill -9 "$(cat "$n/karaf.pid")" 2>/dev/null || true; done
    if [[ -n ${KEEP:-} ]]; then echo "nodes left in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

up() { # url: ready when health says UP (a server still being set up may answer an empty 200)
    for _ in $(seq 1 600); do
        [[ $(curl -s --max-time 5 "$1/api/v1/health" || true) == *'"status":"UP"'* ]] && return 0
        sleep 0.2
    done
    echo "$1 did not come up" >&2; return 1
}
status() { # url: a node's sync status, asked again for a while should it not answer with one
    local s=""
    for _ in $(seq 1 50); do
        s=$(curl -s --max-time 5 -u ops:ops-demo "$1/api/v1/sync/status" || true)
        [[ $s == *'"pending":'* ]] && { echo "$s"; return 0; }
        sleep 0.1
    done
    echo "no sync status from $1: $s" >&2; return 1
}
pending_in() { [[ $1 =~ \"pending\":([0-9]+) ]] && echo "${BASH_REMATCH[1]}"; }
# Used in plain assignments (p=$(pending)), so a node that stops answering ends the script instead of ending a wait.
pending() { local s; s=$(status "$T_URL") && pending_in "$s"; }

mkdir -p "$COUNTY" "$TOWNSHIP"
tar xzf "$ARCHIVE" -C "$COUNTY" --strip-components=1
tar xzf "$ARCHIVE" -C "$TOWNSHIP" --strip-components=1
init() { # node home, options: init's note that the node has no upstream is expected (the county has none, the
         # township's is set when its drain is to start, below)
    local home=$1; shift
    "$home/bin/tongban" init "$@" 2>&1 >/dev/null | { grep -v 'note: no --upstream' || true; } >&2
}
init "$COUNTY" --level county --division 370783 --name "bench county" --port-offset $C_OFF
init "$TOWNSHIP" --level township --division 370783003 --name "bench township" --port-offset $T_OFF
. "$ROOT/benchmarks/lib/accounts.sh" && bench_accounts "$COUNTY" && bench_accounts "$TOWNSHIP"
HASH=$(printf '%s' bench-secret | sha256sum | cut -d' ' -f1 | tr a-f A-F)
# The baseline's account and the township's, both from the start: the township is held back by having no upstream
# until its drain is to start (below), not by being refused, since the county's failed-login limit would then lock
# the township's account (and 127.0.0.1 with it) for 15 minutes.
printf '\nbaseline-bench = {CRYPT}%s{CRYPT},node\ntownship-bench = {CRYPT}%s{CRYPT},node\n' "$HASH" "$HASH" \
    >> "$COUNTY/etc/tongban-users.properties"
# No upstream in the node's identity (init without --upstream) nor here: the township's link stays off, so it neither
# delivers nor logs in at the county; an empty upstream here alone would mean the node's.
printf 'upstream =\nuser = township-bench\npassword = bench-secret\nbatchSize = %s\nperiodMillis = 200\ninitialBackoffMillis = 200\nmaxBackoffMillis = 1000\ncatalogPullSeconds = 0\n' \
    "$BATCH" > "$TOWNSHIP/etc/org.tongban.sync.cfg"
for n in "$COUNTY" "$TOWNSHIP"; do   # nothing else writing while it is measured
    sed -i -E 's/^scanIntervalMinutes *=.*/scanIntervalMinutes = 0/' "$n/etc/org.tongban.supervision.cfg"
    sed -i -E 's/^sweepIntervalMinutes *=.*/sweepIntervalMinutes = 0/' "$n/etc/org.tongban.evaluation.cfg"
done

echo "building the outbox filler" >&2
mvn -q -B -o -f "$ROOT/benchmarks/sync/filler/pom.xml" package -DskipTests >&2
"$TOWNSHIP/bin/start"            # the county is not up yet: everything waits in the township's outbox
up "$T_URL"
cp "$ROOT"/benchmarks/sync/filler/target/tongban-bench-outbox-filler-*.jar "$TOWNSHIP/deploy/"
for _ in $(seq 1 300); do
    out=$(curl -s -u ops:ops-demo -X POST "$T_URL/api/v1/bench/outbox?count=$EVENTS" || true)
    [[ $out == *queued* ]] && break
    sleep 0.5
done
echo "queued: $out" >&2
p=$(pending); (( p >= EVENTS )) || { echo "the outbox does not hold $EVENTS events" >&2; exit 1; }

baseline() { # label: the bare loop, EVENTS events in batches of BATCH, into the county's endpoint
    local out
    out=$(java "$ROOT/benchmarks/sync/Baseline.java" "$C_URL/api/v1/sync/events" baseline-bench:bench-secret "$EVENTS" "$BATCH")
    echo "$out" | sed -E "s/^baseline/baseline, $1/"
    echo "$out" | sed -E 's/.*= ([0-9]+) events\/s.*/\1/' >> "$WORK/baselines"
}

# The county starts cold (its JIT compiles for the first tens of seconds): the baseline runs once before the drain,
# which warms it up, and once after, so the route and the second baseline both meet a warm receiver. Meanwhile the
# township has no upstream: its link is off.
"$COUNTY/bin/start"
up "$C_URL"
baseline "before the drain (county cold)"
p=$(pending); (( p >= EVENTS )) || { echo "the township delivered before its upstream was set" >&2; exit 1; }

# The drain starts as ops would connect the township: its upstream set in etc/org.tongban.sync.cfg, which Karaf
# picks up (its etc is polled every second) and the link restarts with, its route's first tick 2 s after its start.
start=$(date +%s.%N)
sed -i -E "s|^upstream *=.*|upstream = $C_URL|" "$TOWNSHIP/etc/org.tongban.sync.cfg"
linked=""   # when the status first says the link runs
while :; do
    s=$(status "$T_URL"); p=$(pending_in "$s")
    (( p >= EVENTS )) || break
    [[ -n $linked || $s != *'"running":true'* ]] || linked=$(date +%s.%N)
    sleep 0.05
done
first=$(date +%s.%N); first_left=$p
[[ -n $linked ]] || linked=$first
# Polled less often while much is left (the probe is a count over the pending index, on the node being measured),
# every 0.2 s near the end, so the end is seen as precisely as with a fixed 0.2 s poll.
while :; do
    p=$(pending)
    (( p > 0 )) || break
    sleep "$(echo "p = $p / 20000; if (p < 0.2) p = 0.2; if (p > 2) p = 2; p" | bc -l)"
done
end=$(date +%s.%N)
route=$(echo "$EVENTS / ($end - $start)" | bc -l)
printf 'sync route (outbox -> Camel HTTP -> county, receipts, marked delivered): %d events in %.1f s = %.0f events/s\n' \
    "$EVENTS" "$(echo "$end - $start" | bc -l)" "$route"
after=$(echo "$first_left / ($end - $first)" | bc -l)
printf "  of which the link's start until the first batch was marked: %.2f s (%.2f s until it ran); after it, %d events" \
    "$(echo "$first - $start" | bc -l)" "$(echo "$linked - $start" | bc -l)" "$first_left"
printf ' in %.1f s = %.0f events/s\n' "$(echo "$end - $first" | bc -l)" "$after"

baseline "after the drain (county warm)"
# Nothing lost, nothing stored twice: the county relays each event it stores into its own outbox (it has no parent).
s=$(status "$C_URL"); held=$(pending_in "$s")
echo "county: $held events stored and relayed (expected $((3 * EVENTS)): the route's and both baselines')"
[[ $held -eq $((3 * EVENTS)) ]] || echo "WARNING: the county does not hold each event exactly once" >&2
base=$(sort -n "$WORK/baselines" | tail -1)   # the better of the two: the route is compared with the harder figure
printf 'route / best baseline: %.0f%%, after its first batch %.0f%%   (goal: route >= 5000 events/s)\n' \
    "$(echo "100 * $route / $base" | bc -l)" "$(echo "100 * $after / $base" | bc -l)"
