#!/usr/bin/env bash
# Measures the product's lifecycle on the embedded default, end to end through the built jar:
#   1. cold start (empty work dir) until the URL is printed
#   2. edits made in PostgreSQL until the search API finds them (outbox -> index), N times
#   3. stop (SIGTERM; a script's background job ignores SIGINT) until the JVM is gone, and that no postgres/elasticsearch process is left
#   4. restart on the same work dir: the last edit is still there and still found
# Usage (as a normal user, after ./mvnw -q install -DskipTests):
#   ops/benchmarks/start-sync-stop.sh [edits]
set -euo pipefail

edits="${1:-20}"
jar="$(cd "$(dirname "$0")/../.." && pwd)/ops/target/sociale-kaart.jar"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$(mktemp -d)"
port=18080
trap '[ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null; rm -rf "$work"' EXIT

now() { date +%s.%N; }
since() { python3 -c "print(round(($(now) - $1) * 1000))"; }
api() { curl -sf "http://localhost:$port/api/v1/zoeken?q=$1"; }
totaal() { api "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totaal"])'; }

starts=0
start() {
  starts=$((starts + 1))
  log="$work/log.$starts"
  "$java" -jar "$jar" --werkmap="$work/data" --micronaut.server.port=$port >"$log" 2>&1 &
  pid=$!
  until grep -q "draait op" "$log"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
    sleep 0.1
  done
}

t=$(now); start; echo "cold start to URL: $(since "$t") ms"

jdbc=$(grep -o 'jdbc:postgresql://127.0.0.1:[0-9]*/sociale_kaart' "$log" | head -1)
# the embedded PostgreSQL asks the password generated on the first start (kept in the work dir, 0600)
psql_url="postgresql://sociale_kaart:$(cat "$work/data/postgres.wachtwoord")@${jdbc#jdbc:postgresql://}"
latencies=()
for i in $(seq 1 "$edits"); do
  woord="meting${i}x$RANDOM"
  t=$(now)
  psql -q "$psql_url" -c "update voorziening set naam = 'Huiskamer $woord' where slug like 'huiskamer-gendt%'" >/dev/null
  until [ "$(totaal "$woord")" = 1 ]; do sleep 0.02; done
  latencies+=("$(since "$t")")
done
printf '%s\n' "${latencies[@]}" | sort -n | python3 -c '
import sys
v = [int(x) for x in sys.stdin]
p = lambda q: v[min(len(v) - 1, int(q * len(v)))]
print(f"edit to searchable over {len(v)} edits: p50 {p(0.5)} ms, p95 {p(0.95)} ms, max {v[-1]} ms")'

t=$(now); kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
echo "stop (SIGTERM, the same shutdown path as Ctrl-C) to exit: $(since "$t") ms"
left=$(pgrep -f "$work/data" || true)
[ -z "$left" ] && echo "processes left: none" || { echo "processes left: $left"; exit 1; }

t=$(now); start; echo "warm start to URL: $(since "$t") ms"
[ "$(totaal "$woord")" = 1 ] && echo "after restart the last edit ($woord) is still found" || { echo "edit lost"; exit 1; }
kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done; pid=
