#!/usr/bin/env bash
# The test suite's JVM options for its nodes (RealNodes.TEST_JVM, TongbanTestSupport) against the JVM's defaults:
# a demo county node set up once, then booted from a fresh copy until health answers 200, A (C1 alone, serial
# collector) and B (defaults) in turn, paired by farm-bench. Usage: benchmarks/boot/test-jvm.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
archive=$(ls karaf-assembly/target/tongban-karaf-assembly-*.tar.gz)
work=$(mktemp -d /tmp/tongban-test-jvm.XXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/tpl" && tar xzf "$archive" -C "$work/tpl" && mv "$work"/tpl/* "$work/node"
(cd "$work/node" && bin/tongban init --level county --division 370783 --name 寿光市 --port-offset 3300 >/dev/null \
    && sed -i 's/demo = false/demo = true/' etc/org.tongban.node.cfg)
if curl -s -o /dev/null http://127.0.0.1:11481/; then echo "port 11481 is taken: stop what runs there" >&2; exit 1; fi
cat > "$work/boot.sh" <<BOOT
#!/usr/bin/env bash
set -e
d=\$(mktemp -d $work/run.XXXX); cp -r $work/node "\$d/node"; cd "\$d/node"; bin/start >/dev/null 2>&1
for i in \$(seq 1 900); do
  s=\$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:11481/api/v1/health || true); [ "\$s" = 200 ] && break; sleep 0.2
done
pid=\$(cat karaf.pid); kill -9 \$pid; while kill -0 \$pid 2>/dev/null; do sleep 0.1; done; cd /; rm -rf "\$d"; [ "\$s" = 200 ]
BOOT
chmod +x "$work/boot.sh"
EXTRA_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" farm-bench -n "$runs" --warmup 0 --timeout 1800 \
    --vs "env EXTRA_JAVA_OPTS= $work/boot.sh" -- "$work/boot.sh"
