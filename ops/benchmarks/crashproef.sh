#!/usr/bin/env bash
# Crash test (issue 13): the demo redacteur makes voorzieningen through beheer (form posts over HTTP) while the
# product's PostgreSQL postmaster (rounds 1, 3, 5) and the product's JVM (rounds 2, 4, 6) are killed with kill -9;
# after the last restart every post answered with 303 must be in PostgreSQL and in the search index exactly once.
# Starts the product jar as the README does, in a fresh temporary work dir; exits 1 on a lost or duplicated edit.
# Usage (as a normal user, after ./mvnw -q install -DskipTests):
#   ops/benchmarks/crashproef.sh                      # 6 kills, at least 40 acknowledged edits per round
#   ops/benchmarks/crashproef.sh --kills=2 --per-ronde=10   # smoke run
set -euo pipefail

module="$(cd "$(dirname "$0")" && pwd)"
jar="$module/../target/sociale-kaart.jar"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
classpath_file="$module/target/benchmarks.classpath"

if [ "$(id -u)" = 0 ]; then
  echo "run as a normal user: PostgreSQL and Elasticsearch refuse to run as root" >&2
  exit 1
fi
if [ ! -f "$classpath_file" ] || [ ! -f "$jar" ]; then
  echo "build first: ./mvnw -q install -DskipTests (writes $jar and $classpath_file)" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/sk-crashproef.XXXXXX")"
cleanup() {
  # a killed product JVM leaves its Elasticsearch (and PostgreSQL) running; stop what is left in this work dir
  left="$(pgrep -f -- "$work" || true)"
  [ -n "$left" ] && kill $left 2>/dev/null || true
  if [ "${KEEP_WORK:-}" = "" ]; then rm -rf "$work"; else echo "work dir kept: $work"; fi
}
trap cleanup EXIT

"$java" -cp "$module/target/classes:$(cat "$classpath_file")" \
  nl.socialekaart.ops.benchmarks.CrashProef --jar="$jar" --werkmap="$work/data" "$@"
