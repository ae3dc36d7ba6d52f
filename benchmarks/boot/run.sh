#!/usr/bin/env bash
# Boot benchmark: bare Apache Karaf (same version, its standard boot set) against each Tongban level profile.
# Each run starts a fresh copy (first boot, empty data/) and measures the wall time from bin/start to ready
# (Tongban: GET /api/v1/health answers 200; bare Karaf: its SSH port accepts connections) and the RSS of the
# Karaf JVM 5 s after ready. Prints medians and the ratio to bare Karaf.
# Usage: benchmarks/boot/run.sh [RUNS] [BASELINE_ARCHIVE]   (default 3; build first with: mvn -B install -DskipTests)
# With BASELINE_ARCHIVE (a distribution built from an earlier commit), each level also boots from it in the same run
# ("LEVEL@base"), so a change's cost is read beside what it replaced.
set -euo pipefail

RUNS=${1:-3}
BASELINE=${2:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
KARAF_VERSION=4.4.9
ARCHIVE=$(ls "$ROOT"/karaf-assembly/target/tongban-karaf-assembly-*.tar.gz 2>/dev/null | head -1 || true)
[[ -n $ARCHIVE ]] || { echo "no distribution archive: run 'mvn -B install -DskipTests' first" >&2; exit 2; }
WORK=$(mktemp -d /tmp/tongban-boot-bench.XXXXXX)
OFFSET=2300   # ports 10481 (HTTP) and 10401 (SSH): out of the way of a demo node
# Each Tongban node runs with the JVM settings bin/tongban init chose for its level (etc/tongban-jvm.cfg);
# bare Karaf runs once with Karaf's defaults and once with the township's settings, so the township's ratio
# compares software, not JVM flags.
SMALL_OPTS="-Xms64m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m"

current=""
cleanup() {
    [[ -n $current && -f $current/karaf.pid ]] && kill -9 "$(cat "$current/karaf.pid")" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

bare_zip() {
    local zip=~/.m2/repository/org/apache/karaf/apache-karaf/$KARAF_VERSION/apache-karaf-$KARAF_VERSION.zip
    [[ -f $zip ]] || mvn -q -B dependency:get -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:zip -Dtransitive=false >&2
    echo "$zip"
}

now() { date +%s.%N; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { curl -sf --max-time 2 "http://127.0.0.1:$1/api/v1/health" | grep -q '"status":"UP"'; }

# One run: prints "seconds rss_mb", or "fail" when not ready within 120 s.
run_once() {
    local variant=$1 copy="$WORK/$variant-$2" ready
    case $variant in
        bare|bare-small)
            unzip -q "$(bare_zip)" -d "$WORK/unzip" && mv "$WORK/unzip/apache-karaf-$KARAF_VERSION" "$copy" && rmdir "$WORK/unzip"
            sed -i -E "s/^(sshPort *= *).*/\1$((8101 + OFFSET))/" "$copy/etc/org.apache.karaf.shell.cfg"
            sed -i -E "s/^(rmiRegistryPort *= *).*/\1$((1099 + OFFSET))/; s/^(rmiServerPort *= *).*/\1$((44444 + OFFSET))/" \
                "$copy/etc/org.apache.karaf.management.cfg"
            ready() { port_open $((8101 + OFFSET)); } ;;
        *)
            local archive=$ARCHIVE level=${variant%@base}
            [[ $variant == *@base ]] && archive=$BASELINE
            mkdir -p "$copy" && tar xzf "$archive" -C "$copy" --strip-components=1
            local division=370700
            case $level in county) division=370783 ;; township) division=370783003 ;; village) division=370783003201 ;; esac
            "$copy/bin/tongban" init --level "$level" --division $division --name "bench $level" \
                --port-offset $OFFSET >/dev/null 2>&1
            ready() { http_ok $((8181 + OFFSET)); } ;;
    esac
    current=$copy
    local start end pid rss
    start=$(now)
    if [[ $variant == bare-small ]]; then
        EXTRA_JAVA_OPTS="$SMALL_OPTS" "$copy/bin/start" >/dev/null 2>&1
    else
        "$copy/bin/start" >/dev/null 2>&1
    fi
    for _ in $(seq 1 1200); do
        if ready; then break; fi
        sleep 0.1
    done
    end=$(now)
    if ! ready; then
        echo fail
    else
        sleep 5
        pid=$(cat "$copy/karaf.pid")
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
        echo "$(echo "$end - $start" | bc -l) $((rss / 1024))"
    fi
    "$copy/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 200); do [[ -f $copy/karaf.pid ]] && kill -0 "$(cat "$copy/karaf.pid")" 2>/dev/null || break; sleep 0.1; done
    [[ -f $copy/karaf.pid ]] && kill -9 "$(cat "$copy/karaf.pid")" 2>/dev/null || true
    current=""
    rm -rf "$copy"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

declare -A TIME RSS
printf 'Boot benchmark: %s runs per variant, %s, %s cores\n' "$RUNS" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)"
VARIANTS="bare bare-small village township county city"
[[ -z $BASELINE ]] || VARIANTS="bare bare-small village@base village township@base township county@base county city@base city"
for variant in $VARIANTS; do
    times=() rsss=()
    for i in $(seq 1 "$RUNS"); do
        result=$(run_once "$variant" "$i")
        [[ $result == fail ]] && { echo "  $variant run $i: not ready within 120 s" >&2; continue; }
        read -r t r <<<"$result"
        printf '  %-8s run %d: ready %.2f s, RSS %d MB\n' "$variant" "$i" "$t" "$r"
        times+=("$t") rsss+=("$r")
    done
    TIME[$variant]=$(printf '%s\n' "${times[@]}" | median)
    RSS[$variant]=$(printf '%s\n' "${rsss[@]}" | median)
done

echo
echo "bare = Karaf $KARAF_VERSION's own boot set with its default JVM; bare-small = the same with the village/township JVM settings"
echo "ratios: village and township against bare-small, county and city against bare"
printf '%-10s %5s %12s %12s %10s %10s\n' variant runs "ready (s)" "RSS (MB)" "time ×" "RSS ×"
for variant in $VARIANTS; do
    case ${variant%@base} in village|township|bare-small) base=bare-small ;; *) base=bare ;; esac
    printf '%-10s %5s %12.2f %12.0f %10.2f %10.2f\n' "$variant" "$RUNS" "${TIME[$variant]}" "${RSS[$variant]}" \
        "$(echo "${TIME[$variant]} / ${TIME[$base]}" | bc -l)" "$(echo "${RSS[$variant]} / ${RSS[$base]}" | bc -l)"
done
ratio=$(echo "${TIME[township]} / ${TIME[bare-small]}" | bc -l)
verdict_time=$([[ $(echo "$ratio <= 1.3" | bc -l) == 1 ]] && echo PASS || echo MISS)
verdict_rss=$([[ $(echo "${RSS[township]} <= 150" | bc -l) == 1 ]] && echo PASS || echo MISS)
printf '\nGoal township <= 1.3x bare Karaf time: %.2fx %s; <= 150 MB RSS: %.0f MB %s\n' "$ratio" "$verdict_time" "${RSS[township]}" "$verdict_rss"
