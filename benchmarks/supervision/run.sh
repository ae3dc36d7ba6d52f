#!/usr/bin/env bash
# Supervision benchmark: the deadline scan on 100,000 and 1,000,000 open cases (on-disk Derby, the real migrations),
# with a naive load-everything scan as the baseline in the same run. Goal: 1,000,000 in under 1 s.
# Usage: benchmarks/supervision/run.sh [N...]   (default: 100000 1000000; build first: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -o compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
CP="target/classes:$(cat target/classpath.txt)"
for n in "${@:-100000 1000000}"; do
    for size in $n; do
        echo "== $size open cases"
        java -Xmx1g -cp "$CP" org.tongban.bench.supervision.ScanBenchmark "$size" 5
    done
done
