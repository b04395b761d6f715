# Sourced by run-benchmarks.sh and crashproef.sh (argument: a name for the work dir): checks the user and the
# build, sets $module, $java and $classpath_file, makes a fresh work dir $work and removes it on exit, after stopping
# whatever still runs in it (a killed JVM leaves its PostgreSQL and Elasticsearch). KEEP_WORK=1 keeps it.
module="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
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

work="$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")"
cleanup() {
  left="$(pgrep -f -- "$work" || true)"
  if [ -n "$left" ]; then
    echo "processes left in $work: $left; stopping them" >&2
    kill $left 2>/dev/null || true
  fi
  if [ -z "${KEEP_WORK:-}" ]; then rm -rf "$work"; else echo "work dir kept: $work"; fi
}
trap cleanup EXIT
