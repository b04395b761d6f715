#!/usr/bin/env bash
# Portal budgets (issue 4), on the demo data: starts the product on an empty work dir and measures
#  1. the server render time of the results page (/zoeken, HTML with facets, map data, chips): a fixed mix of
#     searches (text, kern, filters, near a place, page 2), one client, warmed up, p50/p95/max of curl's total
#     time on loopback (so render + HTTP; the budget is p95 <= 50 ms);
#  2. the JavaScript and CSS a page ships (every <script src> and <link rel=stylesheet> of home, results and a
#     detail page, each counted once), gzip -9 and as served to a client sending Accept-Encoding: gzip (budget
#     <= 250 KB gzip, map tiles not included).
# Bounded; stops everything itself.
# Usage (as a normal user, after ./mvnw -q install -DskipTests):  ops/benchmarks/portaal.sh [rounds]
set -euo pipefail

rounds="${1:-20}"
jar="$(cd "$(dirname "$0")/../.." && pwd)/ops/target/sociale-kaart.jar"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
work="$(mktemp -d)"
port=18084
base="http://localhost:$port"
trap '[ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null; rm -rf "$work"' EXIT

"$java" -jar "$jar" --werkmap="$work/data" --micronaut.server.port=$port >"$work/log" 2>&1 &
pid=$!
until grep -q "draait op" "$work/log"; do kill -0 "$pid" 2>/dev/null || { tail -20 "$work/log"; exit 1; }; sleep 0.2; done

zoekingen=(
  "q=huiskamer" "q=mantelzorg" "q=schulden&kern=gendt" "q=boodschappen&toegang=VRIJ_TOEGANKELIJK"
  "kern=huissen" "thema=ontmoeting&kern=bemmel" "q=vervoer&bij=Gendt" "q=huiskamer&pagina=2"
  "q=jongeren&doelgroep=jongeren" "" "q=eenzaam&kosten=GRATIS&soort=ALGEMEEN" "q=taalcafe"
)
for _ in $(seq 1 5); do for z in "${zoekingen[@]}"; do curl -s -o /dev/null "$base/zoeken?$z"; done; done
for _ in $(seq 1 "$rounds"); do
  for z in "${zoekingen[@]}"; do
    curl -s -o /dev/null -w '%{time_total}\n' "$base/zoeken?$z"
  done
done | sort -n | python3 -c '
import sys
v = [float(x) * 1000 for x in sys.stdin]
p = lambda q: v[min(len(v) - 1, int(q * len(v)))]
print(f"results page /zoeken, {len(v)} requests, one client: p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms, max {v[-1]:.1f} ms")'

detail="$(curl -s "$base/api/v1/zoeken?q=huiskamer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["resultaten"][0]["url"])')"
for pagina in / "/zoeken?q=huiskamer" "$detail"; do
  curl -s "$base$pagina" | grep -oE '(src|href)="/(static|webjars|huisstijl)[^"]*\.(js|css)"' | sed -E 's/^(src|href)="//; s/"$//'
done | sort -u > "$work/bestanden"
totaal_gz=0; totaal_geleverd=0; totaal_ruw=0
while read -r bestand; do
  curl -s "$base$bestand" -o "$work/b"
  ruw=$(wc -c < "$work/b"); gz=$(gzip -9 -c "$work/b" | wc -c)
  geleverd=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$bestand")
  printf '  %-60s %7d B raw %7d B gzip -9 %7d B served\n' "$bestand" "$ruw" "$gz" "$geleverd"
  totaal_ruw=$((totaal_ruw + ruw)); totaal_gz=$((totaal_gz + gz)); totaal_geleverd=$((totaal_geleverd + geleverd))
done < "$work/bestanden"
echo "JS + CSS of home, results and detail: $totaal_ruw B raw, $totaal_gz B gzip -9 ($((totaal_gz / 1024)) KB), $totaal_geleverd B as served"
kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done; pid=
