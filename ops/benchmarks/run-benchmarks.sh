#!/usr/bin/env bash
# The national-scale benchmark (issue: search), end to end, in a fresh temporary work dir:
#   embedded PostgreSQL + Elasticsearch -> schema (the portal's Flyway) -> N synthetic voorzieningen (COPY)
#   -> full reindex (timed) -> portal on a free loopback port -> closed-loop load on /api/v1/zoeken and on
#   Elasticsearch directly -> Markdown table -> everything stopped, work dir deleted, no process left.
# Usage (as a normal user, after ./mvnw -q install -DskipTests):
#   ops/benchmarks/run-benchmarks.sh                                  # N=100000, 15 s warm-up, 60 s load, 50 clients
#   ops/benchmarks/run-benchmarks.sh --aantal=5000 --duur=20 --opwarmen=5   # smoke run
# Other options: --clients=50 --seed=20261124 --herindexeringen=1 --es-heap-mb=512
set -euo pipefail

# the JVM stops its PostgreSQL and Elasticsearch itself; werkmap.sh only catches what a killed JVM left
source "$(dirname "$0")/werkmap.sh" sk-benchmark

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -Xms512m -Xmx2g -cp "$module/target/classes:$(cat "$classpath_file")" \
  nl.socialekaart.ops.benchmarks.NationaleBenchmark --werkmap="$work/stack" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
left="$(pgrep -f -- "$work" || true)"
[ -z "$left" ] && echo "processes left: none" || { echo "processes left: $left" >&2; exit 1; }
