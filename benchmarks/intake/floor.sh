#!/usr/bin/env bash
# The floor under a submission's durable write (see Floor.java): embedded Derby's CPU for the rows of one accepted
# submission with the node's indexes, with primary keys only, and the least rows a durable, audited, synchronised
# submission could write, measured in turns in one run. Uses the Derby jar of the built distribution, with the JVM
# settings of a township node.
# Usage: benchmarks/intake/floor.sh   (env: EACH=20000 TURNS=3; build first: mvn -B install -DskipTests)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ARCHIVE=${ARCHIVE:-$(ls "$ROOT"/karaf-assembly/target/tongban-karaf-assembly-*.tar.gz 2>/dev/null | head -1 || true)}
[[ -n $ARCHIVE ]] || { echo "no distribution archive: run 'mvn -B install -DskipTests' first" >&2; exit 2; }
WORK=$(mktemp -d /tmp/tongban-floor.XXXXXX)
trap 'rm -rf "$WORK"' EXIT INT TERM
tar xzf "$ARCHIVE" -C "$WORK" --strip-components=1 --wildcards '*/system/org/apache/derby/derby/*'
DERBY=$(find "$WORK/system/org/apache/derby/derby" -name 'derby-*.jar' | head -1)
java -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dderby.stream.error.file="$WORK/derby.log" \
    -cp "$DERBY" "$ROOT/benchmarks/intake/Floor.java" "${EACH:-20000}" "${TURNS:-3}"
