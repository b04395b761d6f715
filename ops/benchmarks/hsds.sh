#!/usr/bin/env bash
# The HSDS open-data benchmark (issue: open data) in a fresh temporary work dir: embedded stack, N synthetic
# voorzieningen (the national benchmark's generator), full reindex, then GET /hsds/services?per_page=50 on random
# pages (one client, then --clients in parallel) and the heap of the ndjson and tabular bulk exports.
# Usage (as a normal user, after ./mvnw -q install -DskipTests):
#   ops/benchmarks/hsds.sh                      # N=100000, 30 s per load phase, 4 clients
#   ops/benchmarks/hsds.sh --aantal=5000 --duur=10
set -euo pipefail

module="$(cd "$(dirname "$0")" && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
classpath_file="$module/target/benchmarks.classpath"

if [ "$(id -u)" = 0 ]; then
  echo "run as a normal user: PostgreSQL and Elasticsearch refuse to run as root" >&2
  exit 1
fi
if [ ! -f "$classpath_file" ] || [ ! -d "$module/target/classes" ]; then
  echo "build first: ./mvnw -q install -DskipTests (writes $classpath_file)" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/sk-hsds-benchmark.XXXXXX")"
cleanup() {
  # the JVM stops its PostgreSQL and Elasticsearch itself; this only catches what a killed JVM left
  left="$(pgrep -f -- "$work" || true)"
  if [ -n "$left" ]; then
    echo "processes left in $work: $left; stopping them" >&2
    kill $left 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -Xms256m -Xmx2g -cp "$module/target/classes:$(cat "$classpath_file")" \
  nl.socialekaart.ops.benchmarks.HsdsBenchmark --werkmap="$work/stack" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
left="$(pgrep -f -- "$work" || true)"
[ -z "$left" ] && echo "processes left: none" || { echo "processes left: $left" >&2; exit 1; }
