#!/usr/bin/env bash
# Hot-deploy benchmark: a county node under a closed loop of mixed requests (every capability's lists) first for a
# baseline period with no update, then while the console runs bundle:update on each tongban impl bundle in turn.
# Prints requests, failed requests (goal 0) and p50/p99/max latency for the baseline, and for the update phase inside
# the swap windows (from the update command until health is UP again) and outside them. core.impl is updated last and
# reported on its own line: it holds the REST servers themselves (see README, "Hot deploy").
# Usage: benchmarks/hotdeploy/run.sh [BASELINE_SECONDS] [CONCURRENCY]   (build first: mvn -B install -DskipTests)
set -euo pipefail

BASELINE=${1:-20}
CONCURRENCY=${2:-6}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARCHIVE=$(ls "$ROOT"/karaf-assembly/target/tongban-karaf-assembly-*.tar.gz 2>/dev/null | head -1 || true)
[[ -n $ARCHIVE ]] || { echo "no distribution archive: run 'mvn -B install -DskipTests' first" >&2; exit 2; }
source "$ROOT/benchmarks/lib/accounts.sh"
WORK=$(mktemp -d /tmp/tongban-hotdeploy.XXXXXX)
OFFSET=2500
HTTP=$((8181 + OFFSET))
SSH=$((8101 + OFFSET))
NODE="$WORK/county"
CONSOLE_PASSWORD=bench-console-1
cleanup() {
    [[ -f $NODE/karaf.pid ]] && kill -9 "$(cat "$NODE/karaf.pid")" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if (exec 3<>"/dev/tcp/127.0.0.1/$HTTP") 2>/dev/null; then
    echo "port $HTTP is taken (a node of an interrupted run?): it would answer instead of the benchmark's node" >&2
    exit 2
fi
mkdir -p "$NODE" && tar xzf "$ARCHIVE" -C "$NODE" --strip-components=1
"$NODE/bin/tongban" init --level county --division 370783 --name "bench county" --port-offset $OFFSET >/dev/null
bench_accounts "$NODE"
# The console as ops would use it: a password of the benchmark's own for the karaf user.
hash=$(printf %s "$CONSOLE_PASSWORD" | sha256sum | cut -d' ' -f1 | tr a-f A-F)
sed -i -E "s/^karaf = \{CRYPT\}[0-9A-F]*\{CRYPT\}/karaf = {CRYPT}$hash{CRYPT}/" "$NODE/etc/users.properties"

up() { curl -sf --max-time 5 "http://127.0.0.1:$HTTP/api/v1/health" | grep -q '"status":"UP"'; }
wait_up() { for _ in $(seq 1 1200); do up && return 0; sleep 0.1; done; echo "not UP" >&2; return 1; }
# bin/client reads its standard input until the command is done: closed early, it prints only "Closed".
console() { "$NODE/bin/client" -a $SSH -u karaf -p "$CONSOLE_PASSWORD" -r 10 "$@" < <(sleep 120) 2>/dev/null; }
ms() { date +%s%3N; }
# One update at the console, marked as a swap window for the load; SWAP_MS is how long until health was UP again.
swap() {
    local start end
    start=$(ms)
    echo "start $start $1" >>"$MARKS"
    console "bundle:update $1" >/dev/null || echo "  (bundle:update $1 failed)" >&2
    wait_up
    end=$(ms)
    echo "end $end $1" >>"$MARKS"
    SWAP_MS=$((end - start))
}

"$NODE/bin/start" >/dev/null
wait_up
# Past the first boot's settling (Pax Web restarts once its CXF configuration arrives): the benchmark measures updates.
sleep ${SETTLE:-30}
MARKS="$WORK/marks"
STOP="$WORK/stop"
: >"$MARKS"
java "$ROOT/benchmarks/hotdeploy/HotLoad.java" "http://127.0.0.1:$HTTP" ops:ops-demo "$CONCURRENCY" "$MARKS" "$STOP" >"$WORK/load.out" &
LOAD=$!
sleep "$BASELINE"
echo "phase $(ms) update" >>"$MARKS"
swaps=()
installed=$(console "bundle:list -s --no-format")
for impl in $(ls "$NODE"/system/org/tongban/ | grep -- '-impl$' | grep -v core-impl); do
    name="org.tongban.${impl#tongban-}"
    name="${name%-impl}.impl"
    name="${name//-/.}"
    grep -qw -- "$name" <<<"$installed" || continue
    swap "$name"
    swaps+=("$name $SWAP_MS ms")
    sleep 3
done
sleep 3
touch "$STOP"
wait $LOAD
echo "Hot deploy on a county node, $CONCURRENCY clients, $(nproc) cores, $(date -u +%F)"
cat "$WORK/load.out"
echo "Swap windows (update command until health is UP again):"
printf '  %s\n' "${swaps[@]}"

# core.impl on its own: what a request meets while the REST layer itself is replaced.
: >"$MARKS"
rm -f "$STOP"
java "$ROOT/benchmarks/hotdeploy/HotLoad.java" "http://127.0.0.1:$HTTP" ops:ops-demo "$CONCURRENCY" "$MARKS" "$STOP" >"$WORK/core.out" &
LOAD=$!
sleep 5
echo "phase $(ms) update" >>"$MARKS"
swap org.tongban.core.impl
sleep 3
touch "$STOP"
wait $LOAD
echo "org.tongban.core.impl ($SWAP_MS ms until UP):"
cat "$WORK/core.out"
