#!/usr/bin/env bash
# Crash test (issue 13): the demo redacteur makes voorzieningen through beheer (form posts over HTTP) while the
# product's PostgreSQL postmaster (rounds 1, 3, 5) and the product's JVM (rounds 2, 4, 6) are killed with kill -9;
# after the last restart every post answered with 303 must be in PostgreSQL and in the search index exactly once.
# Starts the product jar as the README does, in a fresh temporary work dir; exits 1 on a lost or duplicated edit.
# Usage (as a normal user, after ./mvnw -q install -DskipTests):
#   ops/benchmarks/crashproef.sh                      # 6 kills, at least 40 acknowledged edits per round
#   ops/benchmarks/crashproef.sh --kills=2 --per-ronde=10   # smoke run
set -euo pipefail

source "$(dirname "$0")/werkmap.sh" sk-crashproef
jar="$module/../target/sociale-kaart.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -q install -DskipTests (writes $jar)" >&2; exit 1; }

"$java" -cp "$module/target/classes:$(cat "$classpath_file")" \
  nl.socialekaart.ops.benchmarks.CrashProef --jar="$jar" --werkmap="$work/data" "$@"
