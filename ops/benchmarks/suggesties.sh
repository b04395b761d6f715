#!/usr/bin/env bash
# Suggestion latency (issue: search), one client, on the demo data: starts the product on an empty work dir,
# sends every 2- to 5-letter prefix of a set of resident words to /api/v1/suggesties, repeated, and reports
# p50/p95/max of curl's total time (so including HTTP on loopback). Bounded; stops everything itself.
# Usage (as a normal user, after ./mvnw -q install -DskipTests):  ops/benchmarks/suggesties.sh [rounds]
set -euo pipefail

rounds="${1:-5}"
jar="$(cd "$(dirname "$0")/../.." && pwd)/ops/target/sociale-kaart.jar"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$(mktemp -d)"
port=18082
trap '[ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null; rm -rf "$work"' EXIT

"$java" -jar "$jar" --werkmap="$work/data" --micronaut.server.port=$port >"$work/log" 2>&1 &
pid=$!
until grep -q "draait op" "$work/log"; do kill -0 "$pid" 2>/dev/null || { tail -20 "$work/log"; exit 1; }; sleep 0.2; done

woorden="huiskamer mantelzorg schulden boodschappen vervoer jongeren eenzaam huissen gendt leerdam vianen taalcafe klussen opvoeden voedselbank"
for _ in $(seq 1 2); do for w in $woorden; do curl -s -o /dev/null "http://localhost:$port/api/v1/suggesties?q=${w:0:3}"; done; done
for _ in $(seq 1 "$rounds"); do
  for w in $woorden; do
    for n in 2 3 4 5; do
      curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/suggesties?q=${w:0:$n}"
    done
  done
done | sort -n | python3 -c '
import sys
v = [float(x) * 1000 for x in sys.stdin]
p = lambda q: v[min(len(v) - 1, int(q * len(v)))]
print(f"suggestions, {len(v)} requests, one client: p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms, max {v[-1]:.1f} ms")'
kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done; pid=
