#!/usr/bin/env bash
# Intake benchmark: concurrent durable case submissions (POST /api/v1/cases: check against the pinned item version,
# case number, case row, audit record and outbox event in one Derby transaction) against a bare CXF echo endpoint
# on the same node (same server, Basic auth against the JAAS realm, same JSON body, nothing written), in one run.
# Prints both throughputs, their ratio and p50/p99 latency. Goal: intake >= 50% of the echo.
# Usage: benchmarks/intake/run.sh   (env: CONCURRENCY=8 DURATION=20 WARMUP=5; build first: mvn -B install -DskipTests;
# ARCHIVE=other/build.tar.gz measures another build with this script, e.g. for runs alternating two commits;
# LEVEL=county measures a county node, with its JVM settings, instead of a township;
# DB=postgresql puts the node's datasource on the local PostgreSQL server, a fresh database, instead of embedded Derby)
set -euo pipefail

CONCURRENCY=${CONCURRENCY:-8}
SECONDS_EACH=${DURATION:-20}   # not $SECONDS: bash counts its own seconds in it
WARMUP=${WARMUP:-5}
LEVEL=${LEVEL:-township}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARCHIVE=${ARCHIVE:-$(ls "$ROOT"/karaf-assembly/target/tongban-karaf-assembly-*.tar.gz 2>/dev/null | head -1 || true)}
[[ -n $ARCHIVE ]] || { echo "no distribution archive: run 'mvn -B install -DskipTests' first" >&2; exit 2; }
WORK=$(mktemp -d /tmp/tongban-intake-bench.XXXXXX)
OFFSET=2400
PORT=$((8181 + OFFSET))
NODE=$WORK/node
# KEEP=1 leaves the stopped node (its log and database) in $WORK for a look afterwards.
trap '[[ -f $NODE/karaf.pid ]] && kill -9 "$(cat "$NODE/karaf.pid")" 2>/dev/null; if [[ -n ${KEEP:-} ]]; then echo "node left in $NODE" >&2; else rm -rf "$WORK"; fi' EXIT INT TERM

mkdir -p "$NODE" && tar xzf "$ARCHIVE" -C "$NODE" --strip-components=1
case $LEVEL in
    township) DIVISION=370783003 ;;
    county) DIVISION=370783 ;;
    *) echo "LEVEL is township or county, not '$LEVEL'" >&2; exit 2 ;;
esac
"$NODE/bin/tongban" init --level "$LEVEL" --division $DIVISION --name "bench $LEVEL" --port-offset $OFFSET >/dev/null
. "$ROOT/benchmarks/lib/accounts.sh" && bench_accounts "$NODE"
sed -i -E 's/^demo *=.*/demo = true/' "$NODE/etc/org.tongban.node.cfg"            # the demo catalogue
sed -i -E 's/^demoCases *=.*/demoCases = false/' "$NODE/etc/org.tongban.intake.cfg"
sed -i -E 's/^scanIntervalMinutes *=.*/scanIntervalMinutes = 0/' "$NODE/etc/org.tongban.supervision.cfg"
if [[ ${DB:-derby} == postgresql ]]; then
    # The configuration README.md gives for a node on PostgreSQL, on a database of its own made for this run.
    pg_ctlcluster "$(ls /etc/postgresql | sort -V | tail -1)" main start 2>/dev/null || true
    su postgres -c "psql -qtc \"SELECT 1 FROM pg_roles WHERE rolname='tongban'\" | grep -q 1 || psql -qc \"CREATE USER tongban PASSWORD 'tongban'\""
    su postgres -c "psql -qc 'DROP DATABASE IF EXISTS tongban_bench' -c 'CREATE DATABASE tongban_bench OWNER tongban'"
    sed -i 's|tongban-infra-datasource/|pax-jdbc-postgresql, tongban-infra-datasource/|' "$NODE/etc/org.apache.karaf.features.cfg"
    cat > "$NODE/etc/org.ops4j.datasource-tongban.cfg" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
dataSourceName = tongban
url = jdbc:postgresql://127.0.0.1:5432/tongban_bench
user = tongban
password = tongban
pool = hikari
xa = false
hikari.maximumPoolSize = 32
hikari.minimumIdle = 2
hikari.poolName = tongban
CFG
fi

echo "building the echo bundle" >&2
mvn -q -B -o -f "$ROOT/benchmarks/intake/echo/pom.xml" package -DskipTests >&2
"$NODE/bin/start"
for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/catalog/items/11370783000007919T4010000000009") == 200 ]] && break
    sleep 0.2
done
cp "$ROOT"/benchmarks/intake/echo/target/tongban-bench-echo-*.jar "$NODE/deploy/"    # hot deploy
for _ in $(seq 1 300); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' -u clerk:clerk-demo -H 'Content-Type: application/json' -d '{}' \
        "http://127.0.0.1:$PORT/api/v1/bench/echo") == 200 ]] && break
    sleep 0.2
done

# Complete applications of seven promised items of five departments (a case number sequence is per item and day,
# 9,999 at most, so the load is spread over them: about 70,000 submissions a day in all), organisation and person
# applicants.
BODIES=$WORK/bodies.jsonl
app() { # item, type, name, id, materials...
    local item=$1 type=$2 name=$3 id=$4; shift 4
    local m="" c
    for c in "$@"; do m+="${m:+,}{\"code\":\"$c\",\"fileRef\":\"scan/$c.pdf\",\"eCertificateRef\":null}"; done
    echo "{\"itemCode\":\"$item\",\"applicant\":{\"type\":\"$type\",\"name\":\"$name\",\"idNumber\":\"$id\",\"mobile\":\"13800138000\"},\"form\":{\"address\":\"寿光市文家街道\",\"note\":\"benchmark\"},\"materials\":[$m],\"channel\":\"WINDOW\",\"commitmentSigned\":false}"
}
{
    app 11370783000007919T4010000000003 ORGANISATION 寿光市某某食品有限公司 91350100M000100Y43 M01 M02 M03 M04
    app 11370783000007919T4010000000009 ORGANISATION 寿光市某某物流有限公司 91350100M000100Y43 M01 M02 M03
    app 11370783000071271B4200000000017 PERSON 张三 11010519491231002X M01 M02
    app 11370783000063352Q4050000000013 PERSON 张三 11010519491231002X M01 M02 M03
    app 11370783000087109A4070000000020 PERSON 张三 11010519491231002X M01 M02 M03
    app 11370783000110866Q4070000000025 PERSON 张三 11010519491231002X M01 M02 M03
    app 11370783000118785U4010000000026 PERSON 张三 11010519491231002X M01 M02 M03 M04
} > "$BODIES"

LOAD="java $ROOT/benchmarks/intake/Load.java"
export CLK_TCK=$(getconf CLK_TCK)
PID=$(cat "$NODE/karaf.pid")
# Warm both paths once, then measure the echo and the intake back to back.
$LOAD "http://127.0.0.1:$PORT/api/v1/bench/echo" clerk:clerk-demo "$BODIES" "$CONCURRENCY" 3 0 warm >/dev/null
echo_out=$($LOAD "http://127.0.0.1:$PORT/api/v1/bench/echo" clerk:clerk-demo "$BODIES" "$CONCURRENCY" "$SECONDS_EACH" "$WARMUP" echo "$PID")
intake_out=$($LOAD "http://127.0.0.1:$PORT/api/v1/cases" clerk:clerk-demo "$BODIES" "$CONCURRENCY" "$SECONDS_EACH" "$WARMUP" intake "$PID")
echo "$echo_out" | grep -v RESULT
echo "$intake_out" | grep -v RESULT
cases=$(curl -s -u clerk:clerk-demo "http://127.0.0.1:$PORT/api/v1/cases?status=ACCEPTED&limit=1000" | grep -o '"caseNumber"' | wc -l)
# Every submission should have been complete: a deficient or refused case means the load was not what it claims.
others=$(for s in DEFICIENT REFUSED; do curl -s -u clerk:clerk-demo "http://127.0.0.1:$PORT/api/v1/cases?status=$s&limit=1000"; done \
    | { grep -o '"caseNumber"' || true; } | wc -l)
verified=$(curl -s -u ops:ops-demo "http://127.0.0.1:$PORT/api/v1/audit/verify")
e=$(echo "$echo_out" | awk '/^RESULT/ {print $3}')
i=$(echo "$intake_out" | awk '/^RESULT/ {print $3}')
ratio=$(echo "scale=3; $i / $e" | bc -l)
echo "ratio intake/echo: $ratio (goal >= 0.5: $(echo "$ratio >= 0.5" | bc -l | sed 's/1/met/; s/0/MISSED/'))"
ec=$(echo "$echo_out" | awk '/^RESULT/ {print $6}')
ic=$(echo "$intake_out" | awk '/^RESULT/ {print $6}')
[[ $ec != NaN && $ic != NaN ]] && echo "node CPU per request: intake $ic ms, echo $ec ms ($(echo "scale=1; $ic / $ec" | bc -l)x)"
echo "check: $cases+ ACCEPTED cases listed (first 1000), $others deficient or refused; audit chain: $verified"
"$NODE/bin/stop" >/dev/null 2>&1 || true
