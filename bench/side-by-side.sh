#!/usr/bin/env bash
# Framdrift and DuckDB side by side as whole processes (issue 16, docs/PERFORMANCE.md): builds the
# jar (and its class-data-sharing archive), the test classes and the class path with the DuckDB
# JDBC driver (Maven profile "bench", test scope), then runs no.framdrift.bench.SideBySide, which
# writes the 1M-respondent survey once, runs import + values against the peer (medians of 3),
# checks that both give the same shares to 1e-9, and prints the table for docs/PERFORMANCE.md
# (also in target/bench/side-by-side.md). Needs /usr/bin/time (Debian: apt-get install time).
#   bench/side-by-side.sh [DIR]        SKIP_BUILD=1 to reuse target/ as it is
#   -D options in BENCH_OPTS, e.g. BENCH_OPTS="-Dbench.rounds=5 -Dbench.respondents=200000"
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-target/bench}"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -ntp -Pbench -DskipTests package
fi
mvn -B -q -ntp -Pbench org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt
echo "load before: $(cat /proc/loadavg)"
java -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" ${BENCH_OPTS:-} \
  no.framdrift.bench.SideBySide "$dir"
echo "load after: $(cat /proc/loadavg)"
